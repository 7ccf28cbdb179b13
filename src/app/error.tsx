'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { AlertIcon } from '@/components/icons';

/** Unexpected failures: no details leak to the page; the digest lets support find the log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server components failed: fetch them again, then re-render this segment.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <div className="mx-auto max-w-lg px-4 py-20 text-center sm:py-28">
      <span className="mx-auto flex size-14 items-center justify-center rounded-full bg-red-50 text-red-600 ring-1 ring-red-100">
        <AlertIcon className="size-7" />
      </span>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-600">Nothing you did caused this. Try again in a moment; if it keeps happening, let us know.</p>
      {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
      <div className="mt-8 flex flex-col justify-center gap-2 sm:flex-row">
        <Button onClick={retry}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Go to the home page
        </ButtonLink>
      </div>
    </div>
  );
}
