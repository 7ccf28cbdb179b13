import type { Metadata } from 'next';
import { ButtonLink } from '@/components/button';
import { SearchIcon } from '@/components/icons';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg px-4 py-20 text-center sm:py-28">
      <span className="mx-auto flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700 ring-1 ring-brand-100">
        <SearchIcon className="size-7" />
      </span>
      <p className="mt-6 text-sm font-medium text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">We could not find that page</h1>
      <p className="mt-3 text-slate-600">The link may be out of date, or the page may have moved. Check the address, or start again from the home page.</p>
      <div className="mt-8 flex justify-center">
        <ButtonLink href="/">Go to the home page</ButtonLink>
      </div>
    </div>
  );
}
