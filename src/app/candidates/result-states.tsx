import { ResultsSkeleton as SharedResultsSkeleton } from '@/components/results-skeleton';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/button';
import { AlertIcon, ClockIcon, SearchIcon } from '@/components/icons';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import type { RequirementLabel } from './requirement-chips';
import { activeFilterCount, candidatesHref, withoutRequirementHref } from './search-url';

function StatePanel({ icon, title, children, role }: { icon: ReactNode; title: string; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div role={role} className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-10 text-center sm:px-8 sm:py-14">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{children}</div>
    </div>
  );
}

const tipLink = 'font-medium text-brand-700 underline-offset-4 hover:underline';

/** No results: concrete ways out, each one a link that loosens exactly one thing. */
export function NoResults({ filters, labels }: { filters: CandidateFilters; labels: RequirementLabel[] }) {
  const tips: ReactNode[] = [];
  labels.forEach((requirement, index) => {
    if (filters.match === 'all' || labels.length === 1)
      tips.push(
        <Link href={withoutRequirementHref(filters, index)} className={tipLink}>
          Remove “{requirement.label ?? requirement.code}”
        </Link>,
      );
  });
  if (filters.match === 'all' && filters.req.length > 1)
    tips.push(
      <Link href={candidatesHref({ ...filters, match: 'any' })} className={tipLink}>
        Match any requirement instead of all
      </Link>,
    );
  if (filters.verified)
    tips.push(
      <>
        <Link href={candidatesHref({ ...filters, verified: false })} className={tipLink}>
          Turn off “Verified badges only”
        </Link>{' '}
        to include badges still being checked
      </>,
    );
  if (activeFilterCount(filters) > 0)
    tips.push(
      <Link href={candidatesHref({ ...filters, issuer: [], skill: [], achievement: [], level: [], location: [] })} className={tipLink}>
        Clear the filters on the left
      </Link>,
    );
  if (filters.q)
    tips.push(
      <Link href={candidatesHref({ ...filters, q: undefined })} className={tipLink}>
        Search without “{filters.q}”
      </Link>,
    );
  const searched = tips.length > 0;
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title={searched ? 'No candidates match this search' : 'No candidates to show yet'} role="status">
      {searched ? (
        <>
          <p>Nobody holds everything asked for here. Try one of these:</p>
          <ul className="mx-auto mt-3 inline-flex flex-col items-start gap-1.5 text-left">
            {tips.map((tip, index) => (
              <li key={index} className="flex gap-2">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-slate-300" />
                <span>{tip}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Job seekers appear here once they make their CV visible to employers. Check back soon.</p>
      )}
    </StatePanel>
  );
}

/** Past the last page (an old link, or results that changed since). */
export function PastTheEnd({ filters, total }: { filters: CandidateFilters; total: number }) {
  return (
    <StatePanel icon={<SearchIcon className="size-6" />} title="There are no more results">
      <p>
        This search has {total.toLocaleString('en-GB')} {total === 1 ? 'result' : 'results'}, which fit on fewer pages.
      </p>
      <div className="mt-5">
        <ButtonLink href={candidatesHref(filters)} variant="secondary">
          Back to the first page
        </ButtonLink>
      </div>
    </StatePanel>
  );
}

/** Calm, not alarming: the search above stays as it was, and trying again is one click. */
export function SearchProblem({ code, message, retryHref }: { code: 'search:unavailable' | 'input:invalid'; message: string; retryHref: string }) {
  const unavailable = code === 'search:unavailable';
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-5 py-10 text-center shadow-xs sm:py-14">
      <span
        className={
          unavailable
            ? 'mx-auto flex size-12 items-center justify-center rounded-full bg-amber-50 text-amber-600 ring-1 ring-amber-100'
            : 'mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500'
        }
      >
        {unavailable ? <ClockIcon className="size-6" /> : <AlertIcon className="size-6" />}
      </span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{unavailable ? 'Results cannot load right now' : 'This search cannot run as it is'}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{message}</p>
      {unavailable ? (
        <div className="mt-6">
          <ButtonLink href={retryHref} variant="secondary" prefetch={false}>
            Try again
          </ButtonLink>
        </div>
      ) : (
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">Remove it with ✕ above, then add one from the suggestions.</p>
      )}
    </div>
  );
}

export function ResultsSkeleton() {
  return <SharedResultsSkeleton label="Loading results" />;
}
