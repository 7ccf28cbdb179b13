import { ResultsSkeleton as SharedResultsSkeleton } from '@/components/results-skeleton';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/button';
import { ClockIcon, SearchIcon } from '@/components/icons';
import type { JobFilters } from '@/server/search/queries/jobs';
import { jobsHref, JOB_FACETS, withoutFacetsHref } from './job-search-url';

const tipLink = 'font-medium text-brand-700 underline-offset-4 hover:underline';

function StatePanel({ icon, title, children, role }: { icon: ReactNode; title: string; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div role={role} className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-10 text-center sm:px-8 sm:py-14">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{children}</div>
    </div>
  );
}

/** No roles: each tip is a link that loosens exactly one thing. */
export function NoJobs({ filters }: { filters: JobFilters }) {
  const tips: ReactNode[] = [];
  if (filters.q) tips.push(<Link href={jobsHref({ ...filters, q: undefined })} className={tipLink}>Search without “{filters.q}”</Link>);
  if (filters.salaryFrom !== undefined) tips.push(<Link href={jobsHref({ ...filters, salaryFrom: undefined })} className={tipLink}>Remove the minimum salary</Link>);
  if (JOB_FACETS.some((facet) => filters[facet].length > 0)) tips.push(<Link href={withoutFacetsHref(filters)} className={tipLink}>Clear the filters</Link>);
  if (tips.length === 0) {
    return (
      <StatePanel icon={<SearchIcon className="size-6" />} title="No open roles yet" role="status">
        <p>Employers’ roles appear here as soon as they are published. Check back soon.</p>
      </StatePanel>
    );
  }
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="No roles match this search" role="status">
      <p>Try one of these:</p>
      <ul className="mx-auto mt-3 inline-flex flex-col items-start gap-1.5 text-left">
        {tips.map((tip, index) => (
          <li key={index} className="flex gap-2">
            <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-slate-300" />
            <span>{tip}</span>
          </li>
        ))}
      </ul>
    </StatePanel>
  );
}

export function PastTheEnd({ filters, total }: { filters: JobFilters; total: number }) {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="There are no more results">
      <p>
        This search has {total.toLocaleString('en-GB')} {total === 1 ? 'role' : 'roles'}, which fit on fewer pages.
      </p>
      <div className="mt-5">
        <ButtonLink href={jobsHref(filters)} variant="secondary">
          Back to the first page
        </ButtonLink>
      </div>
    </StatePanel>
  );
}

/** Search is down: calm, the search above keeps its words and filters, and trying again is one click. */
export function JobSearchProblem({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-5 py-10 text-center shadow-xs sm:py-14">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-amber-50 text-amber-600 ring-1 ring-amber-100">
        <ClockIcon className="size-6" />
      </span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">Roles cannot load right now</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{message}</p>
      <div className="mt-6">
        <ButtonLink href={retryHref} variant="secondary" prefetch={false}>
          Try again
        </ButtonLink>
      </div>
    </div>
  );
}

export function JobResultsSkeleton() {
  return <SharedResultsSkeleton label="Loading roles" avatar="rounded-lg" />;
}
