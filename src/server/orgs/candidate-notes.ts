import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { normaliseTag, NOTE_MAX, TAG_MAX, TAGS_PER_CANDIDATE } from '@/lib/candidate-tags';
import type { Viewer } from '@/server/auth/viewer';
import type { Database, Tx } from '@/server/db/client';
import { candidateNotes, candidateTags, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { orgForCandidate } from './candidate-access';
import { employerOrg } from './employer-org';

/** One tag as typed: spaces tidied, 1–40 characters, no line breaks or control characters. */
export const tagSchema = z
  .string('Type a tag.')
  .transform(normaliseTag)
  .pipe(
    z
      .string()
      .min(1, 'Type a tag.')
      .max(TAG_MAX, `Keep a tag to ${TAG_MAX} characters.`)
      .refine((tag) => !/\p{Cc}/u.test(tag), 'Use letters, digits and punctuation only in a tag.'),
  );

export const addNoteSchema = z.object({
  cvId: z.uuid('Choose a candidate.'),
  body: z
    .string('Write the note.')
    .trim()
    .min(1, 'Write the note.')
    .max(NOTE_MAX, `Keep a note to ${NOTE_MAX.toLocaleString('en-GB')} characters.`),
});
export const deleteNoteSchema = z.object({ noteId: z.uuid('This note id is not valid. Reload the page.') });
export const tagInputSchema = z.object({ cvId: z.uuid('Choose a candidate.'), tag: tagSchema });
export const tagListSchema = z
  .array(tagSchema)
  .max(TAGS_PER_CANDIDATE, `A candidate can have up to ${TAGS_PER_CANDIDATE} tags.`)
  // The same tag twice (whatever the case) is one tag, spelled as it came first.
  .transform((tags) => tags.filter((tag, i) => tags.findIndex((other) => other.toLocaleLowerCase('en') === tag.toLocaleLowerCase('en')) === i));

export type CandidateNote = { id: string; body: string; createdAt: Date; authorName: string | null; mine: boolean };

/** The organisation's notes about a candidate, newest first, with who wrote them. */
export async function listNotes(db: Database, viewer: Viewer, cvId: string): Promise<CandidateNote[]> {
  const { orgId } = await orgForCandidate(db, viewer, cvId);
  const rows = await db
    .select({
      id: candidateNotes.id,
      body: candidateNotes.body,
      createdAt: candidateNotes.createdAt,
      authorId: candidateNotes.authorId,
      authorName: users.name,
    })
    .from(candidateNotes)
    .leftJoin(users, eq(users.id, candidateNotes.authorId))
    .where(and(eq(candidateNotes.orgId, orgId), eq(candidateNotes.cvId, cvId)))
    .orderBy(desc(candidateNotes.createdAt), desc(candidateNotes.id));
  return rows.map(({ authorId, ...row }) => ({ ...row, mine: authorId === viewer.id }));
}

/** A member writes a note about a candidate their organisation may see. */
export async function addNote(db: Database, viewer: Viewer, input: z.infer<typeof addNoteSchema>): Promise<CandidateNote> {
  const { orgId } = await orgForCandidate(db, viewer, input.cvId);
  const [row] = await db
    .insert(candidateNotes)
    .values({ orgId, cvId: input.cvId, authorId: viewer.id, body: input.body })
    .returning({ id: candidateNotes.id, body: candidateNotes.body, createdAt: candidateNotes.createdAt });
  return { ...row!, authorName: viewer.name, mine: true };
}

/** Authors take back their own notes; nobody else's, and never another organisation's ("not found" either way). */
export async function deleteNote(db: Database, viewer: Viewer, input: z.infer<typeof deleteNoteSchema>): Promise<{ cvId: string }> {
  const org = employerOrg(viewer);
  const [row] = await db
    .delete(candidateNotes)
    .where(and(eq(candidateNotes.id, input.noteId), eq(candidateNotes.orgId, org.id), eq(candidateNotes.authorId, viewer.id)))
    .returning({ cvId: candidateNotes.cvId });
  if (!row) throw new AppError('not_found', 'This note is not one of yours (it may be deleted already).');
  return row;
}

async function tagsOf(db: Database | Tx, orgId: string, cvId: string): Promise<string[]> {
  const rows = await db
    .select({ tag: candidateTags.tag })
    .from(candidateTags)
    .where(and(eq(candidateTags.orgId, orgId), eq(candidateTags.cvId, cvId)))
    .orderBy(asc(sql`lower(${candidateTags.tag})`));
  return rows.map((row) => row.tag);
}

/** The organisation's tags on a candidate, alphabetically. */
export async function listTags(db: Database, viewer: Viewer, cvId: string): Promise<string[]> {
  const { orgId } = await orgForCandidate(db, viewer, cvId);
  return tagsOf(db, orgId, cvId);
}

/** Adds one tag (already there in any case: nothing changes); the tags after. */
export async function addTag(db: Database, viewer: Viewer, input: z.infer<typeof tagInputSchema>): Promise<string[]> {
  const { orgId } = await orgForCandidate(db, viewer, input.cvId);
  return db.transaction(async (tx) => {
    // Serialise writers on this candidate's tags so the cap holds when two members tag at once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`candidate-tags:${orgId}:${input.cvId}`}, 0))`);
    const current = await tagsOf(tx, orgId, input.cvId);
    const exists = current.some((tag) => tag.toLocaleLowerCase('en') === input.tag.toLocaleLowerCase('en'));
    if (!exists && current.length >= TAGS_PER_CANDIDATE)
      throw new AppError('conflict', `A candidate can have up to ${TAGS_PER_CANDIDATE} tags. Remove one first.`);
    await tx.insert(candidateTags).values({ orgId, cvId: input.cvId, tag: input.tag, createdBy: viewer.id }).onConflictDoNothing();
    return tagsOf(tx, orgId, input.cvId);
  });
}

/** Removes one tag (any case); removing one that is not there is not an error. The tags after. */
export async function removeTag(db: Database, viewer: Viewer, input: z.infer<typeof tagInputSchema>): Promise<string[]> {
  const { orgId } = await orgForCandidate(db, viewer, input.cvId);
  await db
    .delete(candidateTags)
    .where(and(eq(candidateTags.orgId, orgId), eq(candidateTags.cvId, input.cvId), sql`lower(${candidateTags.tag}) = lower(${input.tag})`));
  return tagsOf(db, orgId, input.cvId);
}

/** Replaces the candidate's tags with exactly these (the API's PUT). Tags kept keep their original spelling. */
export async function setTags(db: Database, viewer: Viewer, cvId: string, tags: string[]): Promise<string[]> {
  const { orgId } = await orgForCandidate(db, viewer, cvId);
  const wanted = new Set(tags.map((tag) => tag.toLocaleLowerCase('en')));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`candidate-tags:${orgId}:${cvId}`}, 0))`);
    const current = await tagsOf(tx, orgId, cvId);
    const gone = current.filter((tag) => !wanted.has(tag.toLocaleLowerCase('en')));
    if (gone.length > 0)
      await tx.delete(candidateTags).where(
        and(
          eq(candidateTags.orgId, orgId),
          eq(candidateTags.cvId, cvId),
          inArray(
            sql`lower(${candidateTags.tag})`,
            gone.map((tag) => tag.toLocaleLowerCase('en')),
          ),
        ),
      );
    if (tags.length > 0)
      await tx
        .insert(candidateTags)
        .values(tags.map((tag) => ({ orgId, cvId, tag, createdBy: viewer.id })))
        .onConflictDoNothing();
    return tagsOf(tx, orgId, cvId);
  });
}

/**
 * The viewer's organisation's tags on many candidates at once (applicant cards, shortlist entries). Callers pass
 * CVs they already showed this viewer; the query itself is bounded to the organisation.
 */
export async function tagsForCandidates(db: Database, viewer: Viewer, cvIds: string[], orgId?: string): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (cvIds.length === 0 || viewer.orgs.length === 0) return result;
  // A named organisation (a role's) must be one of the viewer's; its own tags only, never another organisation's.
  if (orgId && !viewer.orgs.some((org) => org.id === orgId)) return result;
  const rows = await db
    .select({ cvId: candidateTags.cvId, tag: candidateTags.tag })
    .from(candidateTags)
    .where(and(eq(candidateTags.orgId, orgId ?? employerOrg(viewer).id), inArray(candidateTags.cvId, cvIds)))
    .orderBy(asc(sql`lower(${candidateTags.tag})`));
  for (const row of rows) result.set(row.cvId, [...(result.get(row.cvId) ?? []), row.tag]);
  return result;
}
