import type { ReactNode } from 'react';
import { ButtonLink } from './button';
import { ClockIcon, SearchIcon } from './icons';

/** An empty or end-of-results panel inside a search page. */
export function StatePanel({ icon, title, children, role }: { icon: ReactNode; title: string; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div role={role} className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-10 text-center sm:px-8 sm:py-14">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{children}</div>
    </div>
  );
}

/** Past the last page (an old link, or results that changed since). */
export function PastTheEnd({ total, noun, firstPageHref }: { total: number; noun: { one: string; many: string }; firstPageHref: string }) {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="There are no more results">
      <p>
        This search has {total.toLocaleString('en-GB')} {total === 1 ? noun.one : noun.many}, which fit on fewer pages.
      </p>
      <div className="mt-5">
        <ButtonLink href={firstPageHref} variant="secondary">
          Back to the first page
        </ButtonLink>
      </div>
    </StatePanel>
  );
}

/** A problem with the search itself: calm, the search above keeps its words and filters. */
export function SearchAlert({
  icon,
  tone,
  title,
  message,
  children,
}: {
  icon: ReactNode;
  tone: 'amber' | 'slate';
  title: string;
  message: string;
  children?: ReactNode;
}) {
  const ring = tone === 'amber' ? 'bg-amber-50 text-amber-600 ring-1 ring-amber-100' : 'bg-slate-100 text-slate-500';
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-5 py-10 text-center shadow-xs sm:py-14">
      <span className={`mx-auto flex size-12 items-center justify-center rounded-full ${ring}`}>{icon}</span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{title}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{message}</p>
      {children}
    </div>
  );
}

/** Search is down: trying again is one click. */
export function SearchUnavailable({ title, message, retryHref }: { title: string; message: string; retryHref: string }) {
  return (
    <SearchAlert icon={<ClockIcon className="size-6" />} tone="amber" title={title} message={message}>
      <div className="mt-6">
        <ButtonLink href={retryHref} variant="secondary" prefetch={false}>
          Try again
        </ButtonLink>
      </div>
    </SearchAlert>
  );
}
