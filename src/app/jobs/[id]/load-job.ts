import 'server-only';
import { cache } from 'react';
import { getViewer, hasRole } from '@/server/auth/viewer';
import type { KnownAchievement } from '@/server/badges/known-achievements';
import { getDb, type Database } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { myApplications } from '@/server/jobs/applications';
import { outcomesFor, routeToWork } from '@/server/jobs/match-jobs';
import { getJob } from '@/server/jobs/queries';
import { loadSeekerCodes } from '@/server/jobs/seeker-codes';

type Outcome = ReturnType<typeof outcomesFor>[number];
type Requirement = Awaited<ReturnType<typeof getJob>>['requirements'][number];

/** For each requirement a seeker's verified badges do not meet: the badges on Badgeboard that would (the route to work). */
async function routesFor(db: Database, requirements: Requirement[], outcomes: Outcome[], acceptUnknownIssuers: boolean): Promise<Map<string, KnownAchievement[]>> {
  const open = outcomes.filter((outcome) => outcome.met !== 'verified');
  const routes = await Promise.all(
    open.map(async (outcome) => {
      try {
        const requirement = requirements.find((row) => row.id === outcome.requirementId)!;
        return [outcome.requirementId, await routeToWork(db, requirement, acceptUnknownIssuers)] as const;
      } catch (error) {
        // The role page stands without routes; they are a hint, not the content.
        console.error('[jobs] route to work failed', outcome.code, error);
        return null;
      }
    }),
  );
  return new Map(routes.filter((route) => route !== null));
}

/**
 * The role as this viewer may see it, with what the page needs around it: how a seeker's badges meet each
 * requirement and whether they applied already. Null when the role does not exist or is not theirs to see.
 */
export const loadJobPage = cache(async (jobId: string) => {
  const db = await getDb();
  const viewer = await getViewer();
  let found: Awaited<ReturnType<typeof getJob>>;
  try {
    found = await getJob(db, viewer, jobId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
  const isSeeker = viewer !== null && hasRole(viewer, 'seeker');
  const isOwner = viewer !== null && viewer.orgs.some((org) => org.id === found.job.orgId);
  const accept = { acceptUnknownIssuers: found.job.acceptUnknownIssuers };
  const outcomes = isSeeker ? outcomesFor(found.requirements, await loadSeekerCodes(db, viewer.id), accept) : null;
  // Server change wanted: a `myApplicationFor(db, viewer, jobId)` query, rather than reading the whole list.
  const application = isSeeker ? ((await myApplications(db, viewer)).find((row) => row.jobId === jobId) ?? null) : null;
  const routes = outcomes ? await routesFor(db, found.requirements, outcomes, accept.acceptUnknownIssuers) : new Map<string, KnownAchievement[]>();
  return { ...found, viewer, isSeeker, isOwner, outcomes, routes, application };
});

export type JobPageData = NonNullable<Awaited<ReturnType<typeof loadJobPage>>>;
