import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { ButtonLink } from '@/components/button';
import { PlusIcon } from '@/components/job-icons';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { getViewer, hasRole } from '@/server/auth/viewer';
import { JobResults } from './job-results';
import { JobResultsSkeleton } from './job-result-states';
import { JobSearchPanel } from './job-search-panel';
import { jobsHref, readJobFilters } from './job-search-url';
import { SeekerMatches } from './seeker-matches';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Jobs', description: 'Open roles, searchable by the skills and badges they ask for.' };

type SearchParams = Record<string, string | string[] | undefined>;

function MatchesSkeleton() {
  return (
    <div className="mt-6 rounded-2xl border border-brand-100 bg-brand-50/40 p-4 sm:p-6" aria-busy="true" aria-label="Loading your matches">
      <div className="h-4 w-64 animate-pulse rounded bg-brand-100" />
      <div className="mt-5 grid gap-3 md:grid-cols-2">
        {[0, 1].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, invalid, untidy } = readJobFilters(await searchParams);
  // An untouched "Salary from" box submits an empty value; keep shared links short and readable.
  if (untidy) redirect(jobsHref(filters, { paging: true }));
  const viewer = await getViewer();
  const isSeeker = viewer !== null && hasRole(viewer, 'seeker');
  const isEmployer = viewer !== null && hasRole(viewer, 'employer');
  const href = jobsHref(filters, { paging: true });

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Jobs"
        title="Roles that ask for skills you can prove"
        description={
          isSeeker
            ? 'Every role lists the skills and badges it requires, and we match them against the verified badges on your CV.'
            : 'Every role lists the skills and badges it requires. Job seekers see at a glance which ones their verified badges meet.'
        }
      >
        {isEmployer && (
          <ButtonLink href="/employer/jobs/new" variant="secondary">
            <PlusIcon /> Post a role
          </ButtonLink>
        )}
      </PageHeading>

      <div className="mt-6 space-y-4">
        <JobSearchPanel key={href} filters={filters} />
        {invalid && (
          <Notice tone="warning" title="Part of this search link is not valid, so it was left out">
            <Link href="/jobs" className="font-medium underline underline-offset-4">
              Start a new search
            </Link>
          </Notice>
        )}
        {!viewer && (
          <p className="text-sm text-slate-600">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(href)}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
              Sign in
            </Link>{' '}
            to see the roles your verified badges qualify you for.
          </p>
        )}
      </div>

      {isSeeker && filters.page === 1 && (
        <Suspense fallback={<MatchesSkeleton />}>
          <SeekerMatches userId={viewer.id} />
        </Suspense>
      )}

      {isSeeker && filters.page === 1 && <p className="mt-10 text-lg font-semibold tracking-tight text-slate-900">All open roles</p>}
      <Suspense key={href} fallback={<JobResultsSkeleton />}>
        <JobResults filters={filters} />
      </Suspense>
    </div>
  );
}
