import type { Metadata } from 'next';
import { Card } from '@/components/card';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { pageViewer } from '@/server/auth/with-session';
import { BackToRoles } from '../back-to-roles';
import { JobForm } from '../job-form';
import { emptyJobForm } from '../job-form-values';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Post a role' };

export default async function NewJobPage() {
  const { viewer, allowed } = await pageViewer('/employer/jobs/new', 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={{ href: '/jobs', label: 'Browse jobs' }}>
        <p>Roles are posted by members of an employer organisation.</p>
      </RoleRequired>
    );
  }
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <BackToRoles />
      <div className="mt-4">
        <PageHeading
          eyebrow={viewer.orgs[0]?.name}
          title="Post a role"
          description="Describe the role and the skills it needs. Save a draft at any point; nobody outside your organisation sees it until you publish."
        />
      </div>
      <Card className="mt-8">
        <JobForm initial={emptyJobForm} status="draft" />
      </Card>
    </div>
  );
}
