import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { ENTRY_NOTE_MAX } from '@/lib/candidate-tags';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { cvs, shortlistEntries, shortlists, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { orgForCandidate, visibleToViewer } from './candidate-access';
import { tagsForCandidates } from './candidate-notes';
import { employerOrg } from './employer-org';

export { employerOrg } from './employer-org';

const listName = z.string().trim().min(1, 'Name the list.').max(80, 'Keep the list name to 80 characters.');

export const addToShortlistSchema = z.object({
  cvId: z.uuid('Choose a candidate.'),
  /** An existing list, or a name for a new one. */
  shortlistId: z.uuid().optional(),
  newListName: z.string().trim().min(1, 'Name the new list.').max(80, 'Keep the list name to 80 characters.').optional(),
});
export const renameShortlistSchema = z.object({ shortlistId: z.uuid('This list id is not valid. Reload the page.'), name: listName });
export const shortlistIdSchema = z.object({ shortlistId: z.uuid('This list id is not valid. Reload the page.') });
export const shortlistEntrySchema = z.object({ shortlistId: z.uuid('This list id is not valid. Reload the page.'), cvId: z.uuid('Choose a candidate.') });
export const entryNoteSchema = shortlistEntrySchema.extend({
  /** Empty clears the note. */
  note: z
    .string('Write the note, or leave it empty to clear it.')
    .trim()
    .max(ENTRY_NOTE_MAX, `Keep the note to ${ENTRY_NOTE_MAX.toLocaleString('en-GB')} characters.`),
});

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
  await orgForCandidate(db, viewer, input.cvId);
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

/** One of the organisation's lists, or "not found" (another organisation's list is never told apart from none). */
async function ownList(db: Database, viewer: Viewer, shortlistId: string) {
  const [list] = await db
    .select()
    .from(shortlists)
    .where(and(eq(shortlists.id, shortlistId), eq(shortlists.orgId, employerOrg(viewer).id)));
  if (!list) throw new AppError('not_found', 'That list does not exist in your organisation.');
  return list;
}

/**
 * A list's candidates with the entry note and the organisation's tags. CVs that became hidden since are left out
 * (privacy is checked on read, too), unless the seeker applied to the organisation, which shared the CV with it.
 */
export async function shortlistCandidates(db: Database, viewer: Viewer, shortlistId: string) {
  const list = await ownList(db, viewer, shortlistId);
  const rows = await db
    .select({
      cvId: cvs.id,
      userId: cvs.userId,
      visibility: cvs.visibility,
      name: users.name,
      headline: cvs.headline,
      location: cvs.location,
      note: shortlistEntries.note,
      addedAt: shortlistEntries.addedAt,
    })
    .from(shortlistEntries)
    .innerJoin(cvs, eq(cvs.id, shortlistEntries.cvId))
    .innerJoin(users, eq(users.id, cvs.userId))
    .where(eq(shortlistEntries.shortlistId, shortlistId))
    .orderBy(asc(shortlistEntries.addedAt));
  const visible = await visibleToViewer(db, viewer, rows);
  const tags = await tagsForCandidates(
    db,
    viewer,
    visible.map((row) => row.cvId),
  );
  return { list, candidates: visible.map(({ userId: _u, ...row }) => ({ ...row, tags: tags.get(row.cvId) ?? [] })) };
}

/** Renames one of the organisation's lists. */
export async function renameShortlist(db: Database, viewer: Viewer, input: z.infer<typeof renameShortlistSchema>): Promise<{ id: string; name: string }> {
  const [row] = await db
    .update(shortlists)
    .set({ name: input.name })
    .where(and(eq(shortlists.id, input.shortlistId), eq(shortlists.orgId, employerOrg(viewer).id)))
    .returning({ id: shortlists.id, name: shortlists.name });
  if (!row) throw new AppError('not_found', 'That list does not exist in your organisation.');
  return row;
}

/** Deletes a list and its entries (the candidates, their notes and tags stay). */
export async function deleteShortlist(db: Database, viewer: Viewer, input: z.infer<typeof shortlistIdSchema>): Promise<{ id: string; name: string }> {
  const [row] = await db
    .delete(shortlists)
    .where(and(eq(shortlists.id, input.shortlistId), eq(shortlists.orgId, employerOrg(viewer).id)))
    .returning({ id: shortlists.id, name: shortlists.name });
  if (!row) throw new AppError('not_found', 'That list does not exist in your organisation (it may be deleted already).');
  return row;
}

/** Takes a candidate off a list; one who is not on it is "not found", so a second click says so. */
export async function removeFromShortlist(db: Database, viewer: Viewer, input: z.infer<typeof shortlistEntrySchema>): Promise<void> {
  await ownList(db, viewer, input.shortlistId);
  const removed = await db
    .delete(shortlistEntries)
    .where(and(eq(shortlistEntries.shortlistId, input.shortlistId), eq(shortlistEntries.cvId, input.cvId)))
    .returning({ cvId: shortlistEntries.cvId });
  if (removed.length === 0) throw new AppError('not_found', 'This candidate is not on the list (they may be removed already).');
}

/** Sets or clears (empty) the note on one entry of a list: why this person is on it. */
export async function setEntryNote(db: Database, viewer: Viewer, input: z.infer<typeof entryNoteSchema>): Promise<{ note: string | null }> {
  await ownList(db, viewer, input.shortlistId);
  const [row] = await db
    .update(shortlistEntries)
    .set({ note: input.note || null })
    .where(and(eq(shortlistEntries.shortlistId, input.shortlistId), eq(shortlistEntries.cvId, input.cvId)))
    .returning({ note: shortlistEntries.note });
  if (!row) throw new AppError('not_found', 'This candidate is not on the list.');
  return row;
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
