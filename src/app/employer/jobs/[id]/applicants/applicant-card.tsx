import Link from 'next/link';
import { Chip } from '@/components/chip';
import { ArrowRightIcon, MailIcon, MapPinIcon, VerifiedIcon } from '@/components/icons';
import { InitialsAvatar } from '@/components/initials-avatar';
import { formatDay, type ApplicationStage } from '@/components/job-labels';
import { JobRequirementList } from '@/components/job-requirement-outcomes';
import type { listApplicants } from '@/server/jobs/applications';
import { StageSelect } from './stage-select';

type Applicant = Awaited<ReturnType<typeof listApplicants>>['applicants'][number];

const order = { verified: 0, claimed: 1, missing: 2 } as const;

/** One applicant: who they are, how their badges met each requirement when they applied, their note and how to reach them. */
export function ApplicantCard({ applicant, rank, tags = [] }: { applicant: Applicant; rank: number; tags?: string[] }) {
  const { application, name, email, headline, location } = applicant;
  const headingId = `applicant-${application.id}`;
  const snapshot = [...application.snapshot].sort(
    (a, b) => order[a.met] - order[b.met] || (a.importance === b.importance ? 0 : a.importance === 'required' ? -1 : 1),
  );
  const requiredTotal = application.snapshot.filter((outcome) => outcome.importance === 'required').length;
  const allVerified = requiredTotal > 0 && application.requiredVerified === requiredTotal;

  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-xs">
      <div className="flex flex-col gap-4 p-4 sm:flex-row sm:items-start sm:justify-between sm:p-5">
        <div className="flex min-w-0 items-start gap-3.5">
          <div className="relative">
            <InitialsAvatar name={name} />
            <span
              className="absolute -top-1 -left-1 flex size-5 items-center justify-center rounded-full bg-slate-900 text-[10px] font-semibold text-white ring-2 ring-white"
              title={`Ranked ${rank}`}
            >
              {rank}
            </span>
          </div>
          <div className="min-w-0">
            <h2 id={headingId} className="text-base font-semibold break-words text-slate-900">
              <Link href={`/p/${application.cvId}`} className="underline-offset-4 hover:text-brand-800 hover:underline">
                {name}
              </Link>
            </h2>
            {headline && <p className="text-sm text-slate-700">{headline}</p>}
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
              {location && (
                <span className="inline-flex items-center gap-1">
                  <MapPinIcon className="size-3.5" /> {location}
                </span>
              )}
              <span>Applied {formatDay(application.createdAt)}</span>
            </p>
            {tags.length > 0 && (
              <ul aria-label="Your organisation’s tags" className="mt-2 flex flex-wrap gap-1.5">
                {tags.map((tag) => (
                  <li
                    key={tag}
                    className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium wrap-anywhere text-brand-900 ring-1 ring-brand-200 ring-inset"
                  >
                    {tag}
                  </li>
                ))}
              </ul>
            )}
            <Link
              href={`/p/${application.cvId}`}
              className="mt-2 inline-flex items-center gap-1 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
            >
              CV, badge reports and notes
              <span className="sr-only"> for {name}</span>
              <ArrowRightIcon className="size-4" />
            </Link>
          </div>
        </div>
        <StageSelect applicationId={application.id} stage={application.stage as ApplicationStage} />
      </div>

      {application.snapshot.length > 0 && (
        <section
          aria-label="How their badges meet the requirements"
          className="mx-4 mb-4 rounded-lg border border-slate-200 bg-slate-50/70 px-3 py-3 sm:mx-5 sm:px-4"
        >
          <div className="mb-2.5 flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">When they applied</h3>
            {requiredTotal > 0 && (
              <Chip tone={allVerified ? 'verified' : 'neutral'} icon={<VerifiedIcon className="size-3.5" />}>
                {application.requiredVerified} of {requiredTotal} required verified
              </Chip>
            )}
          </div>
          <JobRequirementList
            perspective="employer"
            items={snapshot.map((outcome) => ({
              id: outcome.requirementId,
              kind: outcome.kind,
              label: `${outcome.label}${outcome.importance === 'preferred' ? ' (preferred)' : ''}`,
              met: outcome.met,
              badge: outcome.badge,
            }))}
          />
        </section>
      )}

      <div className="grid gap-4 border-t border-slate-100 px-4 py-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:px-5">
        <div className="min-w-0">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Cover note</h3>
          {application.coverNote ? (
            <p className="mt-1.5 text-sm leading-relaxed break-words whitespace-pre-line text-slate-700">{application.coverNote}</p>
          ) : (
            <p className="mt-1.5 text-sm text-slate-500">No note.</p>
          )}
        </div>
        <div className="sm:text-right">
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Contact</h3>
          <a
            href={`mailto:${email}`}
            className="mt-1.5 inline-flex items-center gap-1.5 text-sm font-medium break-all text-brand-700 underline-offset-4 hover:underline"
          >
            <MailIcon className="size-4 shrink-0" /> {email}
          </a>
          <p className="mt-0.5 text-xs text-slate-500">Shared when they applied.</p>
        </div>
      </div>
    </article>
  );
}
