import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { JobMeta } from '@/components/job-card';
import { JobDescription } from '@/components/job-description';
import { contractLabels, formatDay, formatSalary, isPastClosing } from '@/components/job-labels';
import { BanknoteIcon, CalendarIcon, PencilIcon, UsersIcon } from '@/components/job-icons';
import { ArrowLeftIcon, BriefcaseIcon, BuildingIcon, ClockIcon } from '@/components/icons';
import { JobStatusChip } from '@/components/job-status-chip';
import { Notice } from '@/components/notice';
import { jobPostingJsonLd } from '@/server/jobs/job-posting-jsonld';
import { appBaseUrl } from '../../base-url';
import { ApplyPanel, type ApplyState } from './apply-panel';
import { loadJobPage, type JobPageData } from './load-job';
import { RequirementsSection } from './requirements-section';
import { ShareLinks } from './share-links';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const data = await loadJobPage((await params).id);
  if (!data) return { title: 'Role not found' };
  return {
    title: `${data.job.title} at ${data.employer}`,
    description: `${data.job.title} · ${data.employer} · ${data.job.location}`,
    robots: data.job.status === 'published' ? undefined : { index: false },
  };
}

function applyState(data: JobPageData, signInHref: string): ApplyState {
  if (!data.viewer) return { kind: 'signed-out', signInHref };
  if (!data.isSeeker) return { kind: 'not-seeker' };
  if (data.application) return { kind: 'applied', appliedAt: data.application.createdAt.toISOString(), stage: data.application.stage };
  if (data.job.status !== 'published') return { kind: 'closed', reason: 'The employer has closed this role.' };
  if (isPastClosing(data.job.closingDate)) return { kind: 'closed', reason: `The closing date was ${formatDay(data.job.closingDate)}.` };
  const required = (data.outcomes ?? []).filter((outcome) => outcome.importance === 'required');
  return { kind: 'open', requiredTotal: required.length, requiredVerified: required.filter((outcome) => outcome.met === 'verified').length };
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    // dl > div > dt + dd (the icon sits inside the term, so the list stays well-formed for screen readers).
    <div className="relative min-w-0 pl-6.5">
      <dt className="text-xs font-medium text-slate-500">
        <span className="absolute top-0.5 left-0 text-slate-500">{icon}</span>
        {label}
      </dt>
      <dd className="text-sm font-medium text-slate-900">{children}</dd>
    </div>
  );
}

export default async function JobPage({ params }: Params) {
  const { id } = await params;
  const data = await loadJobPage(id);
  if (!data) notFound();
  const { job, employer, isOwner } = data;
  const baseUrl = await appBaseUrl();
  const url = `${baseUrl.replace(/\/$/, '')}/jobs/${job.id}`;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/jobs/${job.id}`)}`;
  const salary = formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod);
  const closing = formatDay(job.closingDate);
  const posted = formatDay(job.publishedAt);
  const ld = job.status === 'published' ? jobPostingJsonLd(job, employer, data.requirements, baseUrl) : null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      {ld && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(ld).replace(/</g, '\\u003c') }} />}
      <Link href={isOwner ? '/employer/jobs' : '/jobs'} className="inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
        <ArrowLeftIcon className="size-4" /> {isOwner ? 'Your roles' : 'All jobs'}
      </Link>

      {isOwner && job.status !== 'published' && (
        <Notice
          tone={job.status === 'draft' ? 'info' : 'warning'}
          className="mt-4"
          title={job.status === 'draft' ? 'This role is a draft' : 'This role is closed'}
        >
          {job.status === 'draft'
            ? 'Only your organisation can see it. Publish it from your roles when it is ready.'
            : 'It no longer appears in search and takes no new applications. You can reopen it from your roles.'}
        </Notice>
      )}

      <div className="mt-4 grid gap-5 lg:grid-cols-[minmax(0,1fr)_21rem] lg:items-start lg:gap-6">
        <Card className="p-5 sm:p-7">
          <p className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700">
            <BuildingIcon className="size-4" /> {employer}
          </p>
          <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900 sm:text-3xl">{job.title}</h1>
            {isOwner && <JobStatusChip status={job.status} />}
          </div>
          <JobMeta job={job} className="mt-3" />
          <dl className="mt-5 grid gap-4 border-t border-slate-100 pt-5 sm:grid-cols-2">
            <Fact icon={<BanknoteIcon className="size-4" />} label="Salary">
              {salary ?? <span className="font-normal text-slate-500">Not stated</span>}
            </Fact>
            <Fact icon={<BriefcaseIcon className="size-4" />} label="Contract">
              {contractLabels[job.contractType]}
            </Fact>
            <Fact icon={<CalendarIcon className="size-4" />} label="Closing date">
              {closing ?? <span className="font-normal text-slate-500">Open until filled</span>}
            </Fact>
            <Fact icon={<ClockIcon className="size-4" />} label="Posted">
              {posted ?? <span className="font-normal text-slate-500">Not yet</span>}
            </Fact>
          </dl>
          {isOwner && (
            <div className="mt-5 flex flex-wrap gap-2 border-t border-slate-100 pt-5">
              <ButtonLink href={`/employer/jobs/${job.id}/edit`} variant="secondary">
                <PencilIcon /> Edit role
              </ButtonLink>
              <ButtonLink href={`/employer/jobs/${job.id}/applicants`} variant="secondary">
                <UsersIcon /> View applicants
              </ButtonLink>
            </div>
          )}
        </Card>

        {/* On phones Apply follows the facts and Share comes last; on wide screens both sit in a sticky column. */}
        <aside aria-label={isOwner ? 'Share' : 'Apply and share'} className="space-y-4 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-3 lg:row-start-1">
          {!isOwner && <ApplyPanel jobId={job.id} employer={employer} state={applyState(data, signInHref)} />}
          <Card className="hidden p-5 sm:p-6 lg:block">
            <ShareLinks url={url} title={job.title} employer={employer} />
          </Card>
        </aside>

        <Card className="p-5 sm:p-7">
          <h2 className="mb-4 text-lg font-semibold tracking-tight text-slate-900">About the role</h2>
          <JobDescription text={job.description} />
        </Card>

        <RequirementsSection data={data} signInHref={signInHref} />
        <Card className="p-5 sm:p-6 lg:hidden">
          <ShareLinks url={url} title={job.title} employer={employer} />
        </Card>
      </div>
    </div>
  );
}
