import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { achievementKey } from '@/lib/achievement-key';
import { Card } from '@/components/card';
import { JobStatusChip } from '@/components/job-status-chip';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { getJob } from '@/server/jobs/queries';
import type { JobFormValues } from '../../job-form-values';
import { BackToRoles } from '../../back-to-roles';
import { JobForm } from '../../job-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit role' };

type Params = { params: Promise<{ id: string }> };

export default async function EditJobPage({ params }: Params) {
  const { id } = await params;
  const { viewer, allowed } = await pageViewer(`/employer/jobs/${id}/edit`, 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={{ href: `/jobs/${id}`, label: 'View the role' }}>
        <p>Only members of the organisation that posted a role can edit it.</p>
      </RoleRequired>
    );
  }
  let found: Awaited<ReturnType<typeof getJob>>;
  try {
    found = await getJob(await getDb(), viewer, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
  const { job, requirements } = found;
  if (!viewer.orgs.some((org) => org.id === job.orgId)) notFound();

  const initial: JobFormValues = {
    title: job.title,
    description: job.description,
    location: job.location,
    workplace: job.workplace,
    contractType: job.contractType,
    salaryMin: job.salaryMin === null ? '' : String(job.salaryMin),
    salaryMax: job.salaryMax === null ? '' : String(job.salaryMax),
    salaryCurrency: job.salaryCurrency,
    salaryPeriod: job.salaryPeriod,
    closingDate: job.closingDate ? String(job.closingDate) : '',
    acceptUnknownIssuers: job.acceptUnknownIssuers,
    // Labels come resolved (taxonomy, verified badges); an achievement is edited by its (issuer, achievement) key.
    requirements: requirements.map((requirement) => ({
      kind: requirement.kind,
      code: requirement.kind === 'achievement' && requirement.issuerId ? achievementKey(requirement.issuerId, requirement.code) : requirement.code,
      label: requirement.label,
      importance: requirement.importance,
      minLevel: requirement.minLevel ?? '',
    })),
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <BackToRoles />
      <div className="mt-4">
        <PageHeading
          eyebrow={found.employer}
          title={`Edit “${job.title}”`}
          description={
            job.status === 'published' ? 'Changes go live as soon as you save them.' : 'Nobody outside your organisation sees this role until you publish it.'
          }
        >
          <JobStatusChip status={job.status} />
        </PageHeading>
      </div>
      <Card className="mt-8">
        <JobForm jobId={job.id} initial={initial} status={job.status} />
      </Card>
    </div>
  );
}
