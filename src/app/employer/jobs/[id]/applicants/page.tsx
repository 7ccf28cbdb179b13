import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ButtonLink, buttonClasses } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { UsersIcon } from '@/components/job-icons';
import { JobStatusChip } from '@/components/job-status-chip';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { listApplicants } from '@/server/jobs/applications';
import { tagsForCandidates } from '@/server/orgs/candidate-notes';
import { BackToRoles } from '../../back-to-roles';
import { ApplicantCard } from './applicant-card';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Applicants' };

export default async function ApplicantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, allowed } = await pageViewer(`/employer/jobs/${id}/applicants`, 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={{ href: '/applications', label: 'My applications' }}>
        <p>Applicants are shown only to the organisation that posted the role.</p>
      </RoleRequired>
    );
  }
  let found: Awaited<ReturnType<typeof listApplicants>>;
  try {
    if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
    found = await listApplicants(await getDb(), viewer, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
  const { job, applicants } = found;
  const tags = await tagsForCandidates(
    await getDb(),
    viewer,
    applicants.map((applicant) => applicant.application.cvId),
  );

  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <BackToRoles />
      <div className="mt-4">
        <PageHeading
          eyebrow="Applicants"
          title={job.title}
          description={
            applicants.length === 0
              ? undefined
              : `${applicants.length} ${applicants.length === 1 ? 'person has' : 'people have'} applied. Ranked by the required skills and badges their verified badges met, then preferred ones, then who applied first.`
          }
        >
          <div className="flex flex-wrap items-center gap-2 sm:shrink-0 sm:flex-nowrap">
            <JobStatusChip status={job.status} />
            <ButtonLink href={`/jobs/${job.id}`} variant="secondary" size="sm">
              View role
            </ButtonLink>
            {applicants.length > 0 && (
              <a href={`/api/v1/jobs/${job.id}/applicants/export`} download className={buttonClasses('secondary', 'sm')}>
                Download CSV
              </a>
            )}
          </div>
        </PageHeading>
      </div>

      {applicants.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<UsersIcon className="size-6" />} title="No applicants yet">
            {job.status === 'published' ? (
              <p>
                When seekers apply you will see them here, ranked by how their verified badges meet your requirements. Seekers whose badges meet all of them
                were told about the role.
              </p>
            ) : (
              <p>This role is not published, so nobody can apply yet. Publish it from your roles.</p>
            )}
          </EmptyState>
        </div>
      ) : (
        <ol className="mt-8 space-y-4">
          {applicants.map((applicant, index) => (
            <li key={applicant.application.id}>
              <ApplicantCard applicant={applicant} rank={index + 1} tags={tags.get(applicant.application.cvId)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
