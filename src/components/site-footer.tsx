import Link from 'next/link';
import { BrandMark } from './brand-mark';

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-500 sm:px-6 md:flex-row md:items-center md:justify-between">
        <div className="flex items-center gap-2">
          <BrandMark className="size-5" />
          <span>
            <span className="font-medium text-slate-700">Badgeboard</span> · Skills you can prove, roles that fit.
          </span>
        </div>
        <div className="space-y-1 md:text-right">
          <p>This service uses the ESCO classification of the European Commission.</p>
          <p className="text-xs text-slate-500">
            Badges follow the Open Badges 2.0 and 3.0 standards.{' '}
            <Link href="/verify" className="font-medium text-slate-500 underline underline-offset-4 hover:text-slate-700">
              Verify a badge
            </Link>
            {' · '}
            <Link href="/developers" className="font-medium text-slate-500 underline underline-offset-4 hover:text-slate-700">
              API for developers
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
