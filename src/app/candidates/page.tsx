import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { CandidateSearchForm } from './search-form';
import { CandidateResultsSection, ResultsSkeleton, candidatesHref } from './results';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Find candidates' };

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const raw = { q: first(params.q), location: first(params.location), page: first(params.page) };
  const { viewer, allowed } = await pageViewer(candidatesHref({ q: raw.q, location: raw.location }), 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={viewer.cvId ? { href: '/cv', label: 'Go to my CV' } : undefined}>
        <p>Candidate search is for members of an employer organisation. Your account is set up for finding work, so employers can find you instead.</p>
      </RoleRequired>
    );
  }

  const parsed = candidateFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : { q: raw.q?.trim() || undefined, location: raw.location?.trim() || undefined, page: 1 };

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow={viewer.orgs[0]?.name}
        title="Find candidates"
        description="Search CVs by skill, job title or keyword. Badges on each CV are checked, so “verified” means verified."
      />
      <div className="mt-6 space-y-6">
        {/* Keyed by the query so Back/Forward refill the fields from the URL. */}
        <CandidateSearchForm key={`${filters.q ?? ''}|${filters.location ?? ''}`} q={filters.q} location={filters.location} />
        {parsed.success ? (
          <Suspense key={candidatesHref(filters)} fallback={<ResultsSkeleton />}>
            <CandidateResultsSection viewer={viewer} filters={filters} />
          </Suspense>
        ) : (
          <Notice tone="error" title="Some search settings are not valid">
            <p>{parsed.error.issues[0]?.message ?? 'Adjust the search and try again.'}</p>
            <Link href={candidatesHref({ q: filters.q, location: filters.location })} className="mt-1 inline-block font-medium underline underline-offset-4">
              Start again from the first page
            </Link>
          </Notice>
        )}
      </div>
    </div>
  );
}
