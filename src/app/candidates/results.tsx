import Link from 'next/link';
import { CandidateCard } from '@/components/candidate-card';
import { Pagination } from '@/components/pagination';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { FacetSidebar } from './facet-sidebar';
import { NoResults, PastTheEnd, SearchProblem } from './result-states';
import type { SearchOutcome } from './run-search';
import { activeFilterCount, candidatesHref, nextPageHref, previousPageHref } from './search-url';
import { ShortlistButton } from './shortlist-button';

const sortNames = { relevance: 'relevance', requirements: 'requirements met', recent: 'most recently verified' } as const;

function Summary({ filters, total, tookMs }: { filters: CandidateFilters; total: number; tookMs: number }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <p className="text-sm text-slate-600" role="status">
        <span className="font-semibold text-slate-900">{total.toLocaleString('en-GB')}</span> {total === 1 ? 'candidate' : 'candidates'}
        <span className="text-slate-500"> · {tookMs.toLocaleString('en-GB')} ms</span>
      </p>
      <p className="text-xs text-slate-500">
        {filters.verified
          ? filters.unknownIssuers
            ? 'Counting verified, unexpired badges from any issuer'
            : 'Counting verified, unexpired badges from issuers known to Badgeboard'
          : 'Counting every badge that is verified or still being checked'}{' '}
        · sorted by {sortNames[filters.sort]}
      </p>
    </div>
  );
}

/** The results area: facets beside (or above, on phones) the result cards, or a calm explanation when there are none. */
export async function CandidateResults({ filters, outcome }: { filters: CandidateFilters; outcome: Promise<SearchOutcome> }) {
  const result = await outcome;
  if (!result.ok) {
    return (
      <div className="mt-6">
        <SearchProblem code={result.code} message={result.message} retryHref={candidatesHref(filters, { paging: true })} />
      </div>
    );
  }
  const { results, shortlisted, lists } = result;
  const pageCount = Math.ceil(results.total / results.pageSize);
  // Nothing found and nothing to un-tick: the sidebar would only say so, so the tips get the room.
  const sidebar = results.total > 0 || activeFilterCount(filters) > 0;
  return (
    <div className={sidebar ? 'mt-6 grid gap-4 lg:grid-cols-[15.5rem_minmax(0,1fr)] lg:gap-6' : 'mt-6'}>
      {sidebar && <FacetSidebar filters={filters} facets={results.facets} />}
      <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
        <h2 data-results-heading id="results-heading" className="sr-only">
          Results
        </h2>
        {results.total === 0 ? (
          <NoResults filters={filters} labels={result.labels} />
        ) : results.hits.length === 0 ? (
          <PastTheEnd filters={filters} total={results.total} />
        ) : (
          <>
            <Summary filters={filters} total={results.total} tookMs={results.tookMs} />
            <ol className="space-y-3">
              {results.hits.map((hit) => (
                <li key={hit.cv_id}>
                  <CandidateCard
                    hit={hit}
                    actions={<ShortlistButton cvId={hit.cv_id} candidateName={hit.display_name} lists={lists} shortlisted={shortlisted.has(hit.cv_id)} />}
                  />
                </li>
              ))}
            </ol>
            <div className="pt-2">
              <Pagination
                page={results.page}
                pageCount={pageCount}
                previousHref={results.page > 1 ? previousPageHref(filters) : null}
                nextHref={results.next ? nextPageHref(filters, results.next) : null}
              />
            </div>
            {activeFilterCount(filters) > 0 && results.total < 3 && (
              <p className="text-center text-sm text-slate-500">
                Few matches?{' '}
                <Link
                  href={candidatesHref({ ...filters, issuer: [], skill: [], achievement: [], level: [], location: [] })}
                  className="font-medium text-brand-700 hover:underline"
                >
                  Clear the filters
                </Link>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
