import Link from 'next/link';
import type { ReactNode } from 'react';
import { BrandMark } from './brand-mark';
import { Card } from './card';

/** The centred card that frames the sign-in and sign-up forms. */
export function AuthPanel({
  title,
  description,
  children,
  footer,
  wide = false,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className="px-4 py-10 sm:py-16">
      <div className={wide ? 'mx-auto max-w-xl' : 'mx-auto max-w-md'}>
        <div className="mb-6 text-center">
          <Link href="/" aria-label="Badgeboard home" className="inline-flex rounded-lg">
            <BrandMark className="size-10" />
          </Link>
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1.5 text-[15px] text-slate-600">{description}</p>
        </div>
        <Card className="p-5 sm:p-8">{children}</Card>
        <p className="mt-6 text-center text-sm text-slate-600">{footer}</p>
      </div>
    </div>
  );
}
