import Link from 'next/link';
import { Chip } from '@/components/chip';
import { CheckCircleIcon, MapPinIcon, UserIcon, XCircleIcon } from '@/components/icons';
import { workplaceLabels } from '@/components/job-labels';
import { JobRouteToWork } from '@/components/job-route-to-work';
import { JobMatchProgress } from '@/components/job-match-progress';
import type { MatchedJob } from '@/server/jobs/match-jobs';

/** A role the seeker nearly qualifies for: how much they hold, what is missing, and the badges that would close the gap. */
export function AlmostThereCard({ match }: { match: MatchedJob }) {
  const headingId = `almost-${match.job_id}`;
  const held = match.outcomes.filter((outcome) => outcome.importance === 'required' && outcome.met === 'verified');
  return (
    <article aria-labelledby={headingId} className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id={headingId} className="text-base leading-snug font-semibold text-slate-900">
        <Link href={`/jobs/${match.job_id}`} className="hover:text-brand-800 hover:underline">
          {match.title}
        </Link>
      </h3>
      <p className="mt-0.5 text-sm font-medium text-slate-700">{match.employer_name}</p>
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-slate-600">
        <span className="inline-flex items-center gap-1.5">
          <MapPinIcon className="size-4 text-slate-500" />
          {match.location}
        </span>
        <Chip tone={match.workplace === 'remote' ? 'brand' : 'neutral'}>{workplaceLabels[match.workplace]}</Chip>
      </div>

      <JobMatchProgress held={match.requiredHeld} total={match.requiredCount} className="mt-4" />

      {held.length > 0 && (
        <p className="mt-3 flex gap-2 text-[13px] text-emerald-800">
          <CheckCircleIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
          <span>
            <span className="sr-only">You hold: </span>
            {held.map((outcome) => outcome.label).join(', ')}
          </span>
        </p>
      )}

      <div className="mt-3 border-t border-slate-100 pt-3">
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Still needed</h4>
        <ul className="mt-2 space-y-3">
          {match.routes.map((route) => (
            <li key={route.requirement.requirementId}>
              <p className="flex gap-2 text-sm">
                {route.requirement.met === 'claimed' ? (
                  <UserIcon className="mt-0.5 size-4 shrink-0 text-amber-600" />
                ) : (
                  <XCircleIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
                )}
                <span className="min-w-0">
                  <span className="font-medium text-slate-900">{route.requirement.label}</span>
                  {route.requirement.met === 'claimed' && (
                    <span className="block text-[13px] text-amber-800">Claimed: on your CV, not verified by a badge</span>
                  )}
                </span>
              </p>
              <div className="pl-6">
                <JobRouteToWork achievements={route.achievements} />
              </div>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
