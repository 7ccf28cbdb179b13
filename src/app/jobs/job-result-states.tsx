import { ResultsSkeleton as SharedResultsSkeleton } from '@/components/results-skeleton';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SearchIcon } from '@/components/icons';
import { PastTheEnd as PastTheEndPanel, SearchUnavailable, StatePanel } from '@/components/search-states';
import type { JobFilters } from '@/server/search/queries/jobs';
import { jobsHref, JOB_FACETS, withoutFacetsHref } from './job-search-url';

const tipLink = 'font-medium text-brand-700 underline-offset-4 hover:underline';

/** No roles: each tip is a link that loosens exactly one thing. */
export function NoJobs({ filters }: { filters: JobFilters }) {
  const tips: ReactNode[] = [];
  if (filters.q)
    tips.push(
      <Link href={jobsHref({ ...filters, q: undefined })} className={tipLink}>
        Search without “{filters.q}”
      </Link>,
    );
  if (filters.salaryFrom !== undefined)
    tips.push(
      <Link href={jobsHref({ ...filters, salaryFrom: undefined })} className={tipLink}>
        Remove the minimum salary
      </Link>,
    );
  if (JOB_FACETS.some((facet) => filters[facet].length > 0))
    tips.push(
      <Link href={withoutFacetsHref(filters)} className={tipLink}>
        Clear the filters
      </Link>,
    );
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
  return <PastTheEndPanel total={total} noun={{ one: 'role', many: 'roles' }} firstPageHref={jobsHref(filters)} />;
}

/** Search is down: calm, the search above keeps its words and filters, and trying again is one click. */
export function JobSearchProblem({ message, retryHref }: { message: string; retryHref: string }) {
  return <SearchUnavailable title="Roles cannot load right now" message={message} retryHref={retryHref} />;
}

export function JobResultsSkeleton() {
  return <SharedResultsSkeleton label="Loading roles" avatar="rounded-lg" />;
}
