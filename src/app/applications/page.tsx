import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { BriefcaseIcon, MapPinIcon, VerifiedIcon } from '@/components/icons';
import { formatDay, type ApplicationStage } from '@/components/job-labels';
import { ApplicationStageChip, JobStatusChip } from '@/components/job-status-chip';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { myApplications } from '@/server/jobs/applications';
import { WithdrawButton } from './withdraw-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My applications' };

const stageHelp: Record<ApplicationStage, string> = {
  new: 'Sent. The employer has not looked at it yet.',
  reviewing: 'The employer is reviewing your application.',
  interview: 'You are invited to interview. Watch your email.',
  offer: 'The employer wants to make you an offer.',
  rejected: 'The employer is not taking this further.',
};

export default async function ApplicationsPage() {
  const { viewer, allowed } = await pageViewer('/applications', 'seeker');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for job seekers" action={viewer.orgs.length > 0 ? { href: '/employer/jobs', label: 'Your roles' } : undefined}>
        <p>Applications belong to job seeker accounts. As an employer, you see applicants on each of your roles.</p>
      </RoleRequired>
    );
  }
  const applications = await myApplications(await getDb(), viewer);

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Applications"
        title="Your applications"
        description="Where each application stands. Employers see the badges you held when you applied, and your contact details."
      >
        <ButtonLink href="/jobs" variant="secondary">
          Browse jobs
        </ButtonLink>
      </PageHeading>

      {applications.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<BriefcaseIcon className="size-6" />} title="You have not applied for any roles yet">
            <p>Find roles your verified badges qualify you for, then apply with your CV in one step.</p>
            <ButtonLink href="/jobs" className="mt-5">
              Find roles
            </ButtonLink>
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-8 space-y-3">
          {applications.map((application) => {
            const headingId = `application-${application.id}`;
            return (
              <li key={application.id}>
                <article
                  aria-labelledby={headingId}
                  className="relative flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition hover:border-slate-300 hover:shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5"
                >
                  <div className="min-w-0">
                    <h2 id={headingId} className="text-base font-semibold text-slate-900">
                      {/* A closed role's page is its organisation's only: the title stays, without a link to nowhere. */}
                      {application.jobStatus === 'published' ? (
                        <Link href={`/jobs/${application.jobId}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
                          {application.title}
                        </Link>
                      ) : (
                        application.title
                      )}
                    </h2>
                    <p className="mt-0.5 text-sm font-medium text-slate-700">{application.organisation}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
                      <span className="inline-flex items-center gap-1">
                        <MapPinIcon className="size-3.5" /> {application.location}
                      </span>
                      <span>Applied {formatDay(application.createdAt)}</span>
                      {application.requiredMet > 0 && (
                        <span className="inline-flex items-center gap-1 text-emerald-700">
                          <VerifiedIcon className="size-3.5" /> {application.requiredMet} required met
                        </span>
                      )}
                    </p>
                    <p className="mt-1.5 text-sm text-slate-600">
                      {stageHelp[application.stage]}
                      {application.jobStatus !== 'published' && ' The role has closed and takes no more applications.'}
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
                    <div className="flex flex-wrap gap-2">
                      {application.jobStatus !== 'published' && <JobStatusChip status="closed" />}
                      <ApplicationStageChip stage={application.stage} />
                    </div>
                    {/* Above the card's full-size link, so it stays clickable. */}
                    <div className="relative z-10">
                      <WithdrawButton applicationId={application.id} title={application.title} />
                    </div>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
