import clsx from 'clsx';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Chip } from './chip';
import { BadgeIcon, BuildingIcon, MapPinIcon } from './icons';
import { contractLabels, formatDay, requiredCountLabel, workplaceLabels, type ContractType, type Workplace } from './job-labels';
import { BanknoteIcon } from './job-icons';

export type JobCardData = {
  id: string;
  title: string;
  employer: string;
  location: string;
  workplace: Workplace;
  contractType?: ContractType | string;
  salary?: string | null;
  postedAt?: string | Date | null;
  closingDate?: string | null;
  requiredCount?: number;
};

/** The role's place and terms as one wrapping line: location, workplace and contract chips. */
export function JobMeta({ job, className }: { job: Pick<JobCardData, 'location' | 'workplace' | 'contractType'>; className?: string }) {
  return (
    <div className={clsx('flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-slate-600', className)}>
      <span className="inline-flex min-w-0 items-center gap-1.5">
        <MapPinIcon className="size-4 shrink-0 text-slate-500" />
        <span className="truncate">{job.location}</span>
      </span>
      <Chip tone={job.workplace === 'remote' ? 'brand' : 'neutral'}>{workplaceLabels[job.workplace]}</Chip>
      {job.contractType && <Chip tone="muted">{contractLabels[job.contractType as ContractType] ?? job.contractType}</Chip>}
    </div>
  );
}

/**
 * One role as a card: the title links to the role (the whole card is clickable), then employer, place, salary,
 * dates and how many badges or skills it requires. `children` adds a match explanation under the facts.
 */
export function JobCard({
  job,
  headingLevel = 'h3',
  children,
  className,
}: {
  job: JobCardData;
  headingLevel?: 'h2' | 'h3';
  children?: ReactNode;
  className?: string;
}) {
  const Heading = headingLevel;
  const headingId = `job-${job.id}`;
  const posted = formatDay(job.postedAt ?? null);
  const closes = formatDay(job.closingDate ?? null);
  return (
    <article
      aria-labelledby={headingId}
      className={clsx(
        'group relative rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition hover:border-slate-300 hover:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 sm:p-5',
        className,
      )}
    >
      <div className="flex items-start gap-3.5">
        <span
          aria-hidden="true"
          className="hidden size-11 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-100 sm:flex"
        >
          <BuildingIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1">
          <Heading id={headingId} className="text-base leading-snug font-semibold text-slate-900">
            <Link href={`/jobs/${job.id}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800 focus-visible:outline-none">
              {job.title}
            </Link>
          </Heading>
          <p className="mt-0.5 truncate text-sm font-medium text-slate-700">{job.employer}</p>
          <JobMeta job={job} className="mt-2" />
          {job.salary && (
            <p className="mt-2 inline-flex items-center gap-1.5 text-sm font-medium text-slate-800">
              <BanknoteIcon className="size-4 text-slate-500" />
              {job.salary}
            </p>
          )}
        </div>
      </div>
      {children && <div className="relative mt-4">{children}</div>}
      {(posted || job.requiredCount !== undefined) && (
        <div className="mt-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 border-t border-slate-100 pt-3 text-xs text-slate-500">
          <span>
            {posted && <>Posted {posted}</>}
            {posted && closes && <span aria-hidden="true"> · </span>}
            {closes && <>Closes {closes}</>}
          </span>
          {job.requiredCount !== undefined && job.requiredCount > 0 && (
            <span className="inline-flex items-center gap-1 font-medium text-slate-600">
              <BadgeIcon className="size-3.5 text-brand-500" />
              {requiredCountLabel(job.requiredCount)}
            </span>
          )}
        </div>
      )}
    </article>
  );
}
