import clsx from 'clsx';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/button';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import { BriefcaseIcon, MapPinIcon } from '@/components/icons';
import { formatDay, workplaceLabels } from '@/components/job-labels';
import { PencilIcon, PlusIcon, UsersIcon } from '@/components/job-icons';
import { JobStatusChip } from '@/components/job-status-chip';
import { Notice } from '@/components/notice';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { listOrgJobs } from '@/server/jobs/queries';
import { RoleStatusButton } from './role-status-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your roles' };

type Job = Awaited<ReturnType<typeof listOrgJobs>>[number];

function RoleCard({ job }: { job: Job }) {
  const { applicants } = job;
  const headingId = `role-${job.id}`;
  const dateLine =
    job.status === 'published'
      ? `Published ${formatDay(job.publishedAt)}`
      : job.status === 'closed'
        ? `Closed · updated ${formatDay(job.updatedAt)}`
        : `Draft · updated ${formatDay(job.updatedAt)}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <h3 id={headingId} className="text-base font-semibold text-slate-900">
              <Link href={`/jobs/${job.id}`} className="hover:text-brand-800 hover:underline">
                {job.title}
              </Link>
            </h3>
            <JobStatusChip status={job.status} />
          </div>
          <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <span className="inline-flex items-center gap-1.5">
              <MapPinIcon className="size-4 text-slate-500" />
              {job.location}
            </span>
            <Chip tone="neutral">{workplaceLabels[job.workplace]}</Chip>
            <span className="text-slate-500">{dateLine}</span>
            {job.closingDate && <span className="text-slate-500">Closes {formatDay(job.closingDate)}</span>}
          </div>
          <Link
            href={`/employer/jobs/${job.id}/applicants`}
            className={clsx(
              'mt-3 inline-flex items-center gap-1.5 text-sm font-medium underline-offset-4 hover:underline',
              applicants > 0 ? 'text-brand-700' : 'text-slate-500',
            )}
          >
            <UsersIcon className="size-4" />
            {applicants === 0 ? 'No applicants yet' : applicants === 1 ? '1 applicant' : `${applicants} applicants`}
          </Link>
        </div>
        <div className="flex shrink-0 flex-wrap items-start gap-2 sm:justify-end">
          <Link
            href={`/employer/jobs/${job.id}/edit`}
            aria-label={`Edit ${job.title}`}
            className="inline-flex h-8 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
          >
            <PencilIcon className="size-4" /> Edit
          </Link>
          {job.status === 'draft' && <RoleStatusButton jobId={job.id} action="publish" />}
          {job.status === 'published' && <RoleStatusButton jobId={job.id} action="close" />}
          {job.status === 'closed' && <RoleStatusButton jobId={job.id} action="reopen" />}
        </div>
      </div>
    </article>
  );
}

export default async function EmployerJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { viewer, allowed } = await pageViewer('/employer/jobs', 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={{ href: '/jobs', label: 'Browse jobs' }}>
        <p>Roles are posted by members of an employer organisation. Your account is set up for finding work: browse the jobs instead.</p>
      </RoleRequired>
    );
  }
  const jobs = await listOrgJobs(await getDb(), viewer);
  const params = await searchParams;
  const doneId = typeof params.published === 'string' ? params.published : typeof params.saved === 'string' ? params.saved : null;
  const done = doneId ? jobs.find((job) => job.id === doneId) : undefined;
  const groups = (['published', 'draft', 'closed'] as const).map((status) => ({ status, jobs: jobs.filter((job) => job.status === status) }));

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow={viewer.orgs[0]?.name}
        title="Your roles"
        description="Post roles that ask for skills people can prove. Published roles appear in job search and reach seekers whose badges match."
      >
        <ButtonLink href="/employer/jobs/new">
          <PlusIcon /> Post a role
        </ButtonLink>
      </PageHeading>

      {done && (
        <Notice
          tone="success"
          live
          className="mt-6"
          title={
            done.status === 'published' ? `“${done.title}” is published` : `“${done.title}” is saved as a ${done.status === 'draft' ? 'draft' : 'closed role'}`
          }
        >
          {done.status === 'published' ? (
            <>
              It is in job search now, and seekers whose verified badges meet every requirement have been told.{' '}
              <Link href={`/jobs/${done.id}`} className="font-medium underline underline-offset-4">
                View the role
              </Link>
            </>
          ) : (
            'Only your organisation can see it until you publish it.'
          )}
        </Notice>
      )}

      {jobs.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<BriefcaseIcon className="size-6" />} title="No roles yet">
            <p>Post your first role: describe it, then add the skills and badges it needs. Save it as a draft until it is ready.</p>
            <ButtonLink href="/employer/jobs/new" className="mt-5">
              <PlusIcon /> Post a role
            </ButtonLink>
          </EmptyState>
        </div>
      ) : (
        <div className="mt-8 space-y-8">
          {groups
            .filter((group) => group.jobs.length > 0)
            .map((group) => (
              <section key={group.status} aria-label={`${group.status[0]!.toUpperCase()}${group.status.slice(1)} roles`}>
                <h2 className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {group.status === 'published' ? 'Published' : group.status === 'draft' ? 'Drafts' : 'Closed'} · {group.jobs.length}
                </h2>
                <ul className="space-y-3">
                  {group.jobs.map((job) => (
                    <li key={job.id}>
                      <RoleCard job={job} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </div>
      )}
    </div>
  );
}
