import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { filtersFromSearchParams, type CandidateFilters } from '@/server/search/queries/candidate-filters';
import { CandidateResults } from './results';
import { ResultsSkeleton } from './result-states';
import { runCandidateSearch } from './run-search';
import { SearchPanel } from './search-panel';
import { candidatesHref } from './search-url';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Find candidates' };

type SearchParams = Record<string, string | string[] | undefined>;

/** A link with one bad parameter still searches: the parameters named in the errors are dropped, the rest kept. */
function lenientFilters(params: SearchParams): CandidateFilters {
  const kept = { ...params };
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = filtersFromSearchParams(kept);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete kept[String(issue.path[0] ?? '')];
    if (parsed.error.issues.every((issue) => issue.path.length === 0)) break;
  }
  return filtersFromSearchParams({}).data!;
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const parsed = filtersFromSearchParams(params);
  const filters = parsed.success ? parsed.data : lenientFilters(params);
  const { viewer, allowed } = await pageViewer(candidatesHref(filters, { paging: true }), 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={viewer.cvId ? { href: '/cv', label: 'Go to my CV' } : undefined}>
        <p>Candidate search is for members of an employer organisation. Your account is set up for finding work, so employers can find you instead.</p>
      </RoleRequired>
    );
  }

  // Started here, awaited by the requirement chips and the results, so both stream as soon as it answers.
  const outcome = runCandidateSearch(viewer, filters);
  const href = candidatesHref(filters, { paging: true });

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow={viewer.orgs[0]?.name}
        title="Find candidates"
        description="Search by the skills people can prove. Each requirement must be met by a badge on the candidate’s CV, and we check every badge before it counts."
      />
      <div className="mt-6 space-y-4">
        {/* Keyed by the URL so Back and Forward refill the fields. */}
        <SearchPanel key={href} filters={filters} outcome={outcome} />
        {!parsed.success && (
          <Notice tone="warning" title="Part of this search link is not valid, so it was left out">
            <p>
              {parsed.error.issues[0]?.path[0] !== undefined && <code className="mr-1.5 font-mono text-xs">{String(parsed.error.issues[0].path[0])}</code>}
              {parsed.error.issues[0]?.message ?? 'Adjust the search and try again.'}
            </p>
            <Link href="/candidates" className="mt-1 inline-block font-medium underline underline-offset-4">
              Start a new search
            </Link>
          </Notice>
        )}
      </div>
      <Suspense fallback={<ResultsSkeleton />}>
        <CandidateResults filters={filters} outcome={outcome} />
      </Suspense>
    </div>
  );
}
