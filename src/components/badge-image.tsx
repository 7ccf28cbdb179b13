'use client';

import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import { BadgeIcon } from './icons';

/**
 * The issuer's badge image, or a neutral badge icon when there is none or it fails to load.
 * `src` comes from the credential (http(s) or a small data:image URI, checked on the server); no referrer
 * is sent, so the issuer's host does not learn which CV the image was seen on.
 */
export function BadgeImage({ src, alt, className = 'size-14' }: { src: string | null; alt: string; className?: string }) {
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLImageElement>(null);

  // An image that failed before hydration fires no onError React can see: check it once mounted.
  useEffect(() => {
    const image = ref.current;
    if (image && image.complete && image.naturalWidth === 0) setFailed(true);
  }, [src]);

  const frame = clsx('flex shrink-0 items-center justify-center overflow-hidden rounded-xl bg-white ring-1 ring-slate-200', className);
  if (!src || failed) {
    return (
      <span
        role={alt ? 'img' : undefined}
        aria-label={alt || undefined}
        aria-hidden={alt ? undefined : true}
        className={clsx(frame, 'bg-slate-50 text-slate-500')}
      >
        <BadgeIcon className="size-1/2" />
      </span>
    );
  }
  return (
    <span className={frame}>
      {/* A plain <img>: the URL is the issuer's, not something to proxy or optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        ref={ref}
        src={src}
        alt={alt}
        referrerPolicy="no-referrer"
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
        className="size-full object-contain p-1"
      />
    </span>
  );
}
