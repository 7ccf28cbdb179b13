import Link from 'next/link';
import type { ReactNode } from 'react';
import { JobCard } from '@/components/job-card';
import { VerifiedIcon } from '@/components/icons';
import { SparkIcon } from '@/components/job-icons';
import { JobRequirementList } from '@/components/job-requirement-outcomes';
import { Notice } from '@/components/notice';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { almostThere, rolesIQualifyFor, type MatchedJob } from '@/server/jobs/match-jobs';
import { loadSeekerCodes } from '@/server/jobs/seeker-codes';
import { getSearch } from '@/server/search/client';
import { AlmostThereCard } from './almost-there-card';

const SHOWN = 4;

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">{description}</p>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function Quiet({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-300 bg-white/70 px-4 py-3.5 text-sm text-slate-600">{children}</p>;
}

/** The first cards in a grid; the rest behind "Show N more", so the search results stay near the top. */
function CardGrid<T>({ items, render, noun }: { items: T[]; render: (item: T) => ReactNode; noun: string }) {
  const grid = 'grid gap-3 md:grid-cols-2';
  return (
    <>
      <ul className={grid}>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={index}>{render(item)}</li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <details className="group mt-3">
          <summary className="cursor-pointer list-none text-sm font-medium text-brand-700 hover:underline [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">
              Show {items.length - SHOWN} more {noun}
            </span>
            <span className="hidden group-open:inline">Show fewer</span>
          </summary>
          <ul className={`${grid} mt-3`}>
            {items.slice(SHOWN).map((item, index) => (
              <li key={index}>{render(item)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function QualifyCard({ match }: { match: MatchedJob }) {
  const required = match.outcomes.filter((outcome) => outcome.importance === 'required');
  const preferredMet = match.outcomes.filter((outcome) => outcome.importance === 'preferred' && outcome.met === 'verified').length;
  return (
    <JobCard
      job={{
        id: match.job_id,
        title: match.title,
        employer: match.employer_name,
        location: match.location,
        workplace: match.workplace,
        postedAt: match.posted_at,
      }}
      className="h-full"
    >
      <div className="rounded-lg bg-emerald-50/60 px-3 py-2.5 ring-1 ring-emerald-100">
        <p className="mb-1.5 text-xs font-semibold tracking-wide text-emerald-800 uppercase">You hold every requirement</p>
        <JobRequirementList
          compact
          items={required.map((outcome) => ({ id: outcome.requirementId, kind: outcome.kind, label: outcome.label, met: outcome.met, badge: outcome.badge }))}
        />
        {preferredMet > 0 && <p className="mt-2 text-xs text-emerald-800">Also meets {preferredMet} preferred</p>}
      </div>
    </JobCard>
  );
}

/**
 * For a signed-in seeker, above the search results: roles whose every requirement their verified badges meet,
 * and roles they nearly meet, with the badges on Badgeboard that would close the gap.
 */
export async function SeekerMatches({ userId }: { userId: string }) {
  const db = await getDb();
  const codes = await loadSeekerCodes(db, userId);
  let qualify: MatchedJob[] = [];
  let almost: MatchedJob[] = [];
  let unavailable: string | null = null;
  if (codes.verified.length > 0) {
    try {
      const search = await getSearch();
      [qualify, almost] = await Promise.all([rolesIQualifyFor(db, search, codes), almostThere(db, search, codes, { limit: 12 })]);
    } catch (error) {
      // Matches sit beside the search: when they fail, the roles below must still load.
      if (error instanceof AppError && error.code === 'search:unavailable') unavailable = error.message;
      else {
        console.error('[jobs] matching roles failed', error);
        unavailable = 'Something went wrong on our side while matching roles to your badges. The search below still works; try again in a moment.';
      }
    }
  }
  const noBadges = codes.verified.length === 0;
  const addBadges = (
    <Link href="/cv#add-badges" className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900">
      Add badges to your CV to see roles you qualify for
    </Link>
  );

  return (
    <div className="mt-6 rounded-2xl border border-brand-100 bg-gradient-to-b from-brand-50/70 to-slate-50/0 p-4 sm:p-6">
      <p className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-brand-800">
        <SparkIcon className="size-4" /> Matched to the verified badges on your CV
      </p>
      {unavailable ? (
        <Notice tone="warning" title="Your matches cannot load right now">
          {unavailable}
        </Notice>
      ) : (
        <div className="space-y-8">
          <Section id="qualify-heading" title="Roles you qualify for" description="Your verified badges meet every required skill and badge.">
            {noBadges ? (
              <Quiet>{addBadges}. Each role here is one your badges fully prove you can do.</Quiet>
            ) : qualify.length === 0 ? (
              <Quiet>
                <VerifiedIcon className="mr-1.5 inline size-4 align-[-3px] text-emerald-600" />
                No open role asks only for badges you hold yet.{' '}
                {almost.length > 0 ? 'The roles under “Almost there” are close.' : 'We will notify you as soon as one is posted.'}
              </Quiet>
            ) : (
              <CardGrid items={qualify} noun="roles" render={(match) => <QualifyCard match={match} />} />
            )}
          </Section>
          <Section id="almost-heading" title="Almost there" description="Roles where your badges meet some of what is required, and how to get the rest.">
            {noBadges ? (
              <Quiet>Once your CV has a verified badge, roles that ask for it appear here with what is still missing and where to earn it.</Quiet>
            ) : almost.length === 0 ? (
              <Quiet>No open role asks for some of your badges yet. Browse all roles below, or add more badges to your CV.</Quiet>
            ) : (
              <CardGrid items={almost} noun="roles" render={(match) => <AlmostThereCard match={match} />} />
            )}
          </Section>
        </div>
      )}
    </div>
  );
}
