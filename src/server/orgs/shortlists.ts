import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import { canViewCv } from '@/server/badges/policies';
import type { Database } from '@/server/db/client';
import { cvs, shortlistEntries, shortlists, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';

export const addToShortlistSchema = z.object({
  cvId: z.uuid('Choose a candidate.'),
  /** An existing list, or a name for a new one. */
  shortlistId: z.uuid().optional(),
  newListName: z.string().trim().min(1, 'Name the new list.').max(80, 'Keep the list name to 80 characters.').optional(),
});

/** The viewer's organisation (the first one; employers in several organisations pick per list later). */
export function employerOrg(viewer: Viewer): { id: string; name: string } {
  const org = viewer.orgs[0];
  if (!org) throw new AppError('auth:forbidden', 'Shortlists are for members of employer organisations.');
  return org;
}

export async function listShortlists(db: Database, viewer: Viewer) {
  const org = employerOrg(viewer);
  return db
    .select({ id: shortlists.id, name: shortlists.name, createdAt: shortlists.createdAt, candidates: count(shortlistEntries.cvId) })
    .from(shortlists)
    .leftJoin(shortlistEntries, eq(shortlistEntries.shortlistId, shortlists.id))
    .where(eq(shortlists.orgId, org.id))
    .groupBy(shortlists.id)
    .orderBy(desc(shortlists.createdAt));
}

/** Adds a candidate the employer may see to one of their organisation's lists (creating it by name if asked). */
export async function addToShortlist(
  db: Database,
  viewer: Viewer,
  input: z.infer<typeof addToShortlistSchema>,
): Promise<{ shortlistId: string; name: string }> {
  const org = employerOrg(viewer);
  const [cv] = await db.select({ userId: cvs.userId, visibility: cvs.visibility }).from(cvs).where(eq(cvs.id, input.cvId));
  if (!cv || !canViewCv(viewer, cv)) throw new AppError('not_found', 'This candidate is not available.');
  return db.transaction(async (tx) => {
    let list: { id: string; name: string } | undefined;
    if (input.shortlistId) {
      [list] = await tx
        .select({ id: shortlists.id, name: shortlists.name })
        .from(shortlists)
        .where(and(eq(shortlists.id, input.shortlistId), eq(shortlists.orgId, org.id)));
      if (!list) throw new AppError('not_found', 'That list does not exist in your organisation.');
    } else {
      if (!input.newListName) throw new AppError('input:invalid', 'Choose a list or name a new one.', { fields: { newListName: ['Name the new list.'] } });
      [list] = await tx
        .insert(shortlists)
        .values({ orgId: org.id, name: input.newListName, createdBy: viewer.id })
        .returning({ id: shortlists.id, name: shortlists.name });
    }
    await tx.insert(shortlistEntries).values({ shortlistId: list!.id, cvId: input.cvId }).onConflictDoNothing();
    return { shortlistId: list!.id, name: list!.name };
  });
}

/** A list's candidates; CVs that became hidden since are left out (privacy is checked on read, too). */
export async function shortlistCandidates(db: Database, viewer: Viewer, shortlistId: string) {
  const org = employerOrg(viewer);
  const [list] = await db
    .select()
    .from(shortlists)
    .where(and(eq(shortlists.id, shortlistId), eq(shortlists.orgId, org.id)));
  if (!list) throw new AppError('not_found', 'That list does not exist in your organisation.');
  const rows = await db
    .select({
      cvId: cvs.id,
      userId: cvs.userId,
      visibility: cvs.visibility,
      name: users.name,
      headline: cvs.headline,
      location: cvs.location,
      addedAt: shortlistEntries.addedAt,
    })
    .from(shortlistEntries)
    .innerJoin(cvs, eq(cvs.id, shortlistEntries.cvId))
    .innerJoin(users, eq(users.id, cvs.userId))
    .where(eq(shortlistEntries.shortlistId, shortlistId))
    .orderBy(asc(shortlistEntries.addedAt));
  return { list, candidates: rows.filter((row) => canViewCv(viewer, row)).map(({ userId: _u, ...row }) => row) };
}

/** Which of the organisation's lists already hold these CVs (for "Shortlisted" marks on result cards). */
export async function shortlistedCvIds(db: Database, viewer: Viewer, cvIds: string[]): Promise<Set<string>> {
  if (cvIds.length === 0 || viewer.orgs.length === 0) return new Set();
  const rows = await db
    .select({ cvId: shortlistEntries.cvId })
    .from(shortlistEntries)
    .innerJoin(shortlists, eq(shortlists.id, shortlistEntries.shortlistId))
    .where(and(eq(shortlists.orgId, employerOrg(viewer).id), inArray(shortlistEntries.cvId, cvIds)));
  return new Set(rows.map((row) => row.cvId));
}
