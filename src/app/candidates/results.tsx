import Link from 'next/link';
import { ButtonLink } from '@/components/button';
import { CandidateCard } from '@/components/candidate-card';
import { ClockIcon, SearchIcon } from '@/components/icons';
import { Pagination } from '@/components/pagination';
import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';
import { getSearch } from '@/server/search/client';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { searchCandidates, type CandidateResults } from '@/server/search/search-candidates';

export function candidatesHref(filters: Partial<CandidateFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.location) params.set('location', filters.location);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `/candidates?${query}` : '/candidates';
}

function Summary({ filters, total }: { filters: CandidateFilters; total: number }) {
  return (
    <p className="text-sm text-slate-600" role="status">
      <span className="font-semibold text-slate-900">{total.toLocaleString('en-GB')}</span> {total === 1 ? 'candidate' : 'candidates'}
      {filters.q && (
        <>
          {' '}
          matching <span className="font-medium text-slate-900">“{filters.q}”</span>
        </>
      )}
      {filters.location && (
        <>
          {' '}
          in <span className="font-medium text-slate-900">{filters.location}</span>
        </>
      )}
    </p>
  );
}

function EmptyState({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center sm:py-16">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
        <SearchIcon className="size-6" />
      </span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-md text-sm text-slate-600">{children}</div>
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}

/** Calm, not alarming: the filters above stay as they were, and trying again is one click. */
export function SearchUnavailable({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-xs sm:py-14">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-amber-50 text-amber-600 ring-1 ring-amber-100">
        <ClockIcon className="size-6" />
      </span>
      <h2 className="mt-4 text-base font-semibold text-slate-900">Results cannot load right now</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{message}</p>
      <div className="mt-6">
        <ButtonLink href={retryHref} variant="secondary" prefetch={false}>
          Try again
        </ButtonLink>
      </div>
    </div>
  );
}

function ResultList({ filters, results }: { filters: CandidateFilters; results: CandidateResults }) {
  const hasFilters = Boolean(filters.q || filters.location);
  const pageCount = Math.min(Math.ceil(results.total / results.pageSize), 50);

  if (results.total === 0) {
    return hasFilters ? (
      <EmptyState
        title="No candidates match this search"
        action={
          <ButtonLink href="/candidates" variant="secondary">
            Clear filters
          </ButtonLink>
        }
      >
        <p>Try fewer or broader words, check the spelling, or remove the location — it must match the town or city a candidate wrote.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No candidates to show yet">
        <p>Job seekers appear here once they make their CV visible to employers. Check back soon.</p>
      </EmptyState>
    );
  }

  if (results.hits.length === 0) {
    return (
      <EmptyState
        title="There are no more results"
        action={
          <ButtonLink href={candidatesHref({ ...filters, page: 1 })} variant="secondary">
            Back to the first page
          </ButtonLink>
        }
      >
        <p>
          This search has {results.total.toLocaleString('en-GB')} {results.total === 1 ? 'result' : 'results'}, which fit on fewer pages.
        </p>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Summary filters={filters} total={results.total} />
        {hasFilters && (
          <Link href="/candidates" className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
            Clear filters
          </Link>
        )}
      </div>
      <h2 className="sr-only">Results</h2>
      <div className="space-y-3">
        {results.hits.map((hit) => (
          <CandidateCard key={hit.cv_id} hit={hit} />
        ))}
      </div>
      <div className="pt-2">
        <Pagination page={results.page} pageCount={pageCount} hrefFor={(page) => candidatesHref({ ...filters, page })} />
      </div>
    </div>
  );
}

/** Runs the search; the page streams the form first and this part when Elasticsearch answers. */
export async function CandidateResultsSection({ viewer, filters }: { viewer: Viewer; filters: CandidateFilters }) {
  let results: CandidateResults;
  try {
    results = await searchCandidates(await getSearch(), viewer, filters);
  } catch (error) {
    if (error instanceof AppError && error.code === 'search:unavailable') {
      return <SearchUnavailable message={error.message} retryHref={candidatesHref(filters)} />;
    }
    throw error;
  }
  return <ResultList filters={filters} results={results} />;
}

export function ResultsSkeleton() {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="Loading results">
      <div className="h-5 w-40 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="rounded-xl border border-slate-200 bg-white p-6">
          <div className="flex gap-4">
            <div className="hidden size-11 animate-pulse rounded-full bg-slate-100 sm:block" />
            <div className="flex-1 space-y-3">
              <div className="h-4 w-1/3 animate-pulse rounded bg-slate-200" />
              <div className="h-3.5 w-2/3 animate-pulse rounded bg-slate-100" />
              <div className="h-3.5 w-full animate-pulse rounded bg-slate-100" />
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
