import 'server-only';
import { hasRole, type Viewer } from '@/server/auth/viewer';
import type { KnownAchievement } from '@/server/badges/known-achievements';
import type { Database } from '@/server/db/client';
import type { RequirementOutcome } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { myApplicationFor } from './applications';
import { outcomesFor, routeToWork } from './match-jobs';
import { getJob } from './queries';
import { loadSeekerCodes } from './seeker-codes';

type Requirement = Awaited<ReturnType<typeof getJob>>['requirements'][number];

/**
 * The route to work for a seeker: for each requirement their verified badges do not meet, the badges on Badgeboard that
 * would. Routes are a hint beside the role, so one that cannot be worked out is logged and left out, never an error.
 */
export async function routesToWork(
  db: Database,
  requirements: Requirement[],
  outcomes: RequirementOutcome[],
  acceptUnknownIssuers: boolean,
  log: Pick<Console, 'error'> = console,
): Promise<Map<string, KnownAchievement[]>> {
  const open = outcomes.filter((outcome) => outcome.met !== 'verified');
  const routes = await Promise.all(
    open.map(async (outcome) => {
      const requirement = requirements.find((row) => row.id === outcome.requirementId);
      if (!requirement) return null;
      try {
        return [outcome.requirementId, await routeToWork(db, requirement, acceptUnknownIssuers)] as const;
      } catch (error) {
        log.error('[jobs] route to work failed', outcome.code, error);
        return null;
      }
    }),
  );
  return new Map(routes.filter((route) => route !== null));
}

/**
 * A role as this viewer may see it, with what its page shows around it: for a seeker, how their badges meet each
 * requirement, the route to work for the rest, and their application if they applied. Null when the role does not
 * exist or is not theirs to see.
 */
export async function viewJob(db: Database, viewer: Viewer | null, jobId: string, now = new Date()) {
  let found: Awaited<ReturnType<typeof getJob>>;
  try {
    found = await getJob(db, viewer, jobId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
  const isOwner = viewer !== null && viewer.orgs.some((org) => org.id === found.job.orgId);
  const seeker = viewer !== null && hasRole(viewer, 'seeker') ? viewer : null;
  if (!seeker) return { ...found, viewer, isSeeker: false, isOwner, outcomes: null, routes: new Map<string, KnownAchievement[]>(), application: null };
  const accept = found.job.acceptUnknownIssuers;
  const outcomes = outcomesFor(found.requirements, await loadSeekerCodes(db, seeker.id, now), { acceptUnknownIssuers: accept });
  const [routes, application] = await Promise.all([routesToWork(db, found.requirements, outcomes, accept), myApplicationFor(db, seeker, jobId)]);
  return { ...found, viewer, isSeeker: true, isOwner, outcomes, routes, application };
}

export type JobView = NonNullable<Awaited<ReturnType<typeof viewJob>>>;
