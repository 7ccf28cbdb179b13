import { ResultsSkeleton as SharedResultsSkeleton } from '@/components/results-skeleton';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AlertIcon, SearchIcon } from '@/components/icons';
import { PastTheEnd as PastTheEndPanel, SearchAlert, SearchUnavailable, StatePanel } from '@/components/search-states';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import type { RequirementLabel } from './requirement-chips';
import { activeFilterCount, candidatesHref, withoutRequirementHref } from './search-url';

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
  if (filters.verified && !filters.unknownIssuers)
    tips.push(
      <>
        <Link href={candidatesHref({ ...filters, unknownIssuers: true })} className={tipLink}>
          Include issuers not known to Badgeboard
        </Link>{' '}
        (verified badges whose issuer is not in the registry)
      </>,
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
  return <PastTheEndPanel total={total} noun={{ one: 'result', many: 'results' }} firstPageHref={candidatesHref(filters)} />;
}

/** Calm, not alarming: the search above stays as it was, and trying again is one click. */
export function SearchProblem({ code, message, retryHref }: { code: 'search:unavailable' | 'input:invalid'; message: string; retryHref: string }) {
  if (code === 'search:unavailable') return <SearchUnavailable title="Results cannot load right now" message={message} retryHref={retryHref} />;
  return (
    <SearchAlert icon={<AlertIcon className="size-6" />} tone="slate" title="This search cannot run as it is" message={message}>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">Remove it with ✕ above, then add one from the suggestions.</p>
    </SearchAlert>
  );
}

export function ResultsSkeleton() {
  return <SharedResultsSkeleton label="Loading results" />;
}
