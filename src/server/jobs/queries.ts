import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { applications, jobRequirements, jobs, organisations } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { canViewJob } from './policies';
import { withResolvedLabels } from './requirement-labels';

/** A role with its employer and requirements (labels resolved now, from the taxonomy and verified badges), if the viewer may see it. */
export async function getJob(db: Database, viewer: Viewer | null, jobId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw new AppError('not_found', 'This role does not exist.');
  const [row] = await db
    .select({ job: jobs, employer: organisations.name })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.orgId))
    .where(eq(jobs.id, jobId));
  if (!row || !canViewJob(viewer, row.job)) throw new AppError('not_found', 'This role does not exist or is no longer open.');
  const requirements = await withResolvedLabels(
    db,
    await db.select().from(jobRequirements).where(eq(jobRequirements.jobId, jobId)).orderBy(asc(jobRequirements.position)),
  );
  return { ...row, requirements };
}

/** The viewer's organisation's roles, newest first (all states), each with its number of applicants: one grouped query. */
export async function listOrgJobs(db: Database, viewer: Viewer) {
  const org = viewer.orgs[0];
  if (!org) throw new AppError('auth:forbidden', 'Roles are posted by members of employer organisations.');
  const rows = await db
    .select({ job: jobs, applicants: sql<number>`count(${applications.id})::int` })
    .from(jobs)
    .leftJoin(applications, eq(applications.jobId, jobs.id))
    .where(eq(jobs.orgId, org.id))
    .groupBy(jobs.id)
    .orderBy(desc(jobs.updatedAt));
  return rows.map((row) => ({ ...row.job, applicants: row.applicants }));
}
