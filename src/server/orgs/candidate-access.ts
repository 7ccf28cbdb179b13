import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import { canViewCv, type CvAccess } from '@/server/badges/policies';
import type { Database } from '@/server/db/client';
import { applications, cvs, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { employerOrg } from './employer-org';

type CvRef = { userId: string; visibility: 'public' | 'employers' | 'hidden' };

/** Which of these CVs applied to a role of one of these organisations (one query, whatever the number). */
export async function cvIdsAppliedTo(db: Database, orgIds: string[], cvIds: string[]): Promise<Set<string>> {
  if (orgIds.length === 0 || cvIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ cvId: applications.cvId })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(inArray(applications.cvId, cvIds), inArray(jobs.orgId, orgIds)));
  return new Set(rows.map((row) => row.cvId));
}

/**
 * What the visibility setting alone does not say: whether the seeker sent this CV to the viewer's organisation by
 * applying. Asked only when it could change the answer (an employer who may not see the CV by its setting).
 */
export async function cvAccessFor(db: Database, viewer: Viewer | null, cvId: string, cv: CvRef): Promise<CvAccess> {
  if (!viewer || viewer.orgs.length === 0 || canViewCv(viewer, cv)) return {};
  const applied = await cvIdsAppliedTo(
    db,
    viewer.orgs.map((org) => org.id),
    [cvId],
  );
  return { appliedToViewerOrg: applied.has(cvId) };
}

/** `canViewCv` with the application check done in the database. */
export async function mayViewCv(db: Database, viewer: Viewer | null, cvId: string, cv: CvRef): Promise<boolean> {
  return canViewCv(viewer, cv, await cvAccessFor(db, viewer, cvId, cv));
}

/** The CVs of a list this viewer may see: by visibility, or because the seeker applied to the viewer's organisation. */
export async function visibleToViewer<T extends CvRef & { cvId: string }>(db: Database, viewer: Viewer, rows: T[]): Promise<T[]> {
  const undecided = rows.filter((row) => !canViewCv(viewer, row)).map((row) => row.cvId);
  const applied = await cvIdsAppliedTo(
    db,
    viewer.orgs.map((org) => org.id),
    undecided,
  );
  return rows.filter((row) => canViewCv(viewer, row, { appliedToViewerOrg: applied.has(row.cvId) }));
}

/**
 * The organisation acting on a candidate, once it is sure its member may see the CV; otherwise "not found", so
 * nobody learns that a hidden CV exists. Notes, tags and shortlists about a candidate all go through here.
 */
export async function orgForCandidate(db: Database, viewer: Viewer, cvId: string): Promise<{ orgId: string }> {
  const org = employerOrg(viewer);
  const [cv] = await db.select({ userId: cvs.userId, visibility: cvs.visibility }).from(cvs).where(eq(cvs.id, cvId));
  // Notes and tags are the organisation's private view of a candidate: not for the candidate, even as a member.
  if (!cv || cv.userId === viewer.id) throw new AppError('not_found', 'This candidate is not available.');
  // The application must be to this organisation, the one the notes or list belong to.
  const applied = canViewCv(viewer, cv) ? new Set<string>() : await cvIdsAppliedTo(db, [org.id], [cvId]);
  if (!canViewCv(viewer, cv, { appliedToViewerOrg: applied.has(cvId) })) throw new AppError('not_found', 'This candidate is not available.');
  return { orgId: org.id };
}
