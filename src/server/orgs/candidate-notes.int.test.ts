// Integration (real PostgreSQL): what an application shares with an employer, and what stays inside one organisation —
// notes, tags, exports and shortlists. Every refusal is "not found", as for something that does not exist.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import { badgeForViewer } from '@/server/badges/owner-badges';
import { getPublicCv } from '@/server/cv/get-public-cv';
import type { Database } from '@/server/db/client';
import { candidateNotes, cvs, memberships, users } from '@/server/db/schema';
import { applyToJob, withdrawApplication } from '@/server/jobs/applications';
import { saveJob, setJobStatus } from '@/server/jobs/save-job';
import { createOrgOwnerViewer, createSeeker, insertBadge, seekerViewer, testDatabase, uniqueWord } from '@/server/testing/integration';
import { exportApplicants, exportShortlist } from './candidate-export';
import { addNote, addTag, deleteNote, listNotes, listTags, removeTag, setTags, tagListSchema, tagsForCandidates } from './candidate-notes';
import { addToShortlist, deleteShortlist, listShortlists, removeFromShortlist, renameShortlist, setEntryNote, shortlistCandidates } from './shortlists';

let db: Database;
let close: () => Promise<void>;
/** Organisation A: its owner and a second member. */
let owner: Viewer;
let teammate: Viewer;
/** Organisation B. */
let rival: Viewer;
let jobId: string;
/** Hidden CV, applied to A's role. */
let applicant: { userId: string; cvId: string; email: string };
let applicantBadge: string;
let failedBadge: string;
/** Hidden CV, applied to nothing. */
let hiddenStranger: { userId: string; cvId: string; email: string };
/** A public CV. */
let open: { userId: string; cvId: string; email: string };

const BASE = 'https://badgeboard.test';
const asViewer = async (userId: string) => (await loadViewer(userId))!;
const notFound = expect.objectContaining({ code: 'not_found' });

async function hide(cvId: string) {
  await db.update(cvs).set({ visibility: 'hidden' }).where(eq(cvs.id, cvId));
}

async function postRole(viewer: Viewer): Promise<string> {
  const { id } = await saveJob(db, viewer, {
    title: `Data Analyst ${uniqueWord()}`,
    description: 'Work with data for public services.',
    location: 'Leeds',
    workplace: 'hybrid',
    contractType: 'permanent',
    salaryCurrency: 'GBP',
    salaryPeriod: 'year',
    requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }],
  } as Parameters<typeof saveJob>[2]);
  await setJobStatus(db, viewer, id, 'published');
  return id;
}

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  owner = await createOrgOwnerViewer(db, 'Olive Owner');
  rival = await createOrgOwnerViewer(db, 'Rita Rival');
  // A second member of A, added as an organisation's owner would add one.
  const [mate] = await db
    .insert(users)
    .values({ email: `mate-${uniqueWord()}@example.test`, name: 'Tom Teammate', passwordHash: 'not-used' })
    .returning({ id: users.id });
  await db.insert(memberships).values({ userId: mate!.id, orgId: owner.orgs[0]!.id, role: 'member' });
  teammate = await asViewer(mate!.id);
  jobId = await postRole(owner);

  applicant = await createSeeker(db, 'Hana Hidden');
  applicantBadge = await insertBadge(db, applicant, { name: 'Python Foundations' });
  failedBadge = await insertBadge(db, applicant, { name: 'Broken Badge', state: 'failed' });
  await applyToJob(db, await asViewer(applicant.userId), { jobId });
  await hide(applicant.cvId);

  hiddenStranger = await createSeeker(db, 'Sam Stranger');
  await hide(hiddenStranger.cvId);
  open = await createSeeker(db, 'Pat Public');
  await db.update(cvs).set({ visibility: 'public' }).where(eq(cvs.id, open.cvId));
});
afterAll(async () => close());

describe('an application shares the CV with that organisation, and only with it', () => {
  it('a member of the organisation sees the hidden CV and its verified badge reports', async () => {
    const found = await getPublicCv(db, teammate, applicant.cvId);
    expect(found?.ownerName).toBe('Hana Hidden');
    expect(found?.sharedByApplication).toBe(true);
    // A CV employers may see anyway carries no such notice.
    expect((await getPublicCv(db, teammate, open.cvId))?.sharedByApplication).toBe(false);
    expect(found?.badges.map((badge) => badge.id)).toContain(applicantBadge);
    expect((await badgeForViewer(db, teammate, applicantBadge)).id).toBe(applicantBadge);
    // A failed badge stays the owner's, application or not.
    await expect(badgeForViewer(db, teammate, failedBadge)).rejects.toEqual(notFound);
  });

  it('nobody else is let in by it: another organisation, another seeker, a stranger', async () => {
    expect(await getPublicCv(db, rival, applicant.cvId)).toBeNull();
    expect(await getPublicCv(db, seekerViewer(open), applicant.cvId)).toBeNull();
    expect(await getPublicCv(db, null, applicant.cvId)).toBeNull();
    await expect(badgeForViewer(db, rival, applicantBadge)).rejects.toEqual(notFound);
    // And a hidden CV that applied nowhere stays hidden from employers.
    expect(await getPublicCv(db, owner, hiddenStranger.cvId)).toBeNull();
  });

  it('withdrawing the application takes the CV back', async () => {
    const leaver = await createSeeker(db, 'Lee Leaver');
    const leaverViewer = await asViewer(leaver.userId);
    const { id } = await applyToJob(db, leaverViewer, { jobId });
    await hide(leaver.cvId);
    expect(await getPublicCv(db, owner, leaver.cvId)).not.toBeNull();
    await addNote(db, owner, { cvId: leaver.cvId, body: 'Before withdrawal' });
    await withdrawApplication(db, leaverViewer, { applicationId: id });
    expect(await getPublicCv(db, owner, leaver.cvId)).toBeNull();
    await expect(listNotes(db, owner, leaver.cvId)).rejects.toEqual(notFound);
  });
});

describe('notes', () => {
  it('are shared by the organisation’s members, with author and date, newest first', async () => {
    await addNote(db, owner, { cvId: applicant.cvId, body: 'Strong SQL in the interview.' });
    await addNote(db, teammate, { cvId: applicant.cvId, body: 'Ask about notice period.' });
    const notes = await listNotes(db, teammate, applicant.cvId);
    expect(notes.map((note) => [note.body, note.authorName, note.mine])).toEqual([
      ['Ask about notice period.', 'Tom Teammate', true],
      ['Strong SQL in the interview.', 'Olive Owner', false],
    ]);
    expect(notes[0]!.createdAt).toBeInstanceOf(Date);
  });

  it('another organisation can neither read nor write them', async () => {
    // Its member may not see the hidden applicant at all.
    await expect(listNotes(db, rival, applicant.cvId)).rejects.toEqual(notFound);
    await expect(addNote(db, rival, { cvId: applicant.cvId, body: 'x' })).rejects.toEqual(notFound);
    // On a public CV both may keep notes, and each sees only its own.
    await addNote(db, owner, { cvId: open.cvId, body: 'A’s private view' });
    await addNote(db, rival, { cvId: open.cvId, body: 'B’s private view' });
    expect((await listNotes(db, rival, open.cvId)).map((note) => note.body)).toEqual(['B’s private view']);
    expect((await listNotes(db, teammate, open.cvId)).map((note) => note.body)).toEqual(['A’s private view']);
  });

  it('nobody writes notes on a hidden CV they were never sent, and the candidate is not an employer', async () => {
    await expect(addNote(db, owner, { cvId: hiddenStranger.cvId, body: 'x' })).rejects.toEqual(notFound);
    await expect(listNotes(db, seekerViewer(applicant), applicant.cvId)).rejects.toEqual(expect.objectContaining({ code: 'auth:forbidden' }));
  });

  it('only the author deletes a note', async () => {
    const note = await addNote(db, owner, { cvId: applicant.cvId, body: 'Typo here' });
    await expect(deleteNote(db, teammate, { noteId: note.id })).rejects.toEqual(notFound);
    await expect(deleteNote(db, rival, { noteId: note.id })).rejects.toEqual(notFound);
    await deleteNote(db, owner, { noteId: note.id });
    expect((await listNotes(db, owner, applicant.cvId)).map((n) => n.id)).not.toContain(note.id);
  });

  it('the database refuses a note over 4,000 characters even if the service were bypassed', async () => {
    await expect(db.insert(candidateNotes).values({ orgId: owner.orgs[0]!.id, cvId: open.cvId, authorId: owner.id, body: 'x'.repeat(4001) })).rejects.toThrow();
  });
});

describe('tags', () => {
  it('one of each per candidate whatever the case or spacing; removing works in any case', async () => {
    await addTag(db, owner, { cvId: applicant.cvId, tag: 'Strong fit' });
    expect(await addTag(db, teammate, { cvId: applicant.cvId, tag: tagListSchema.parse(['strong   FIT'])[0]! })).toEqual(['Strong fit']);
    expect(await addTag(db, teammate, { cvId: applicant.cvId, tag: 'Call back' })).toEqual(['Call back', 'Strong fit']);
    expect(await removeTag(db, owner, { cvId: applicant.cvId, tag: 'CALL BACK' })).toEqual(['Strong fit']);
    expect(await listTags(db, teammate, applicant.cvId)).toEqual(['Strong fit']);
  });

  it('PUT replaces them all; at most 20', async () => {
    expect(await setTags(db, owner, open.cvId, tagListSchema.parse(['b', 'A', 'a', 'c']))).toEqual(['A', 'b', 'c']);
    expect(await setTags(db, owner, open.cvId, ['c'])).toEqual(['c']);
    expect(tagListSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
    await setTags(
      db,
      owner,
      open.cvId,
      Array.from({ length: 20 }, (_, i) => `t${i}`),
    );
    await expect(addTag(db, owner, { cvId: open.cvId, tag: 'one more' })).rejects.toEqual(expect.objectContaining({ code: 'conflict' }));
    expect(await setTags(db, owner, open.cvId, [])).toEqual([]);
  });

  it('stay inside the organisation', async () => {
    await addTag(db, rival, { cvId: open.cvId, tag: 'B only' });
    expect(await listTags(db, owner, open.cvId)).toEqual([]);
    expect((await tagsForCandidates(db, rival, [applicant.cvId, open.cvId])).get(applicant.cvId)).toBeUndefined();
    expect((await tagsForCandidates(db, owner, [applicant.cvId])).get(applicant.cvId)).toEqual(['Strong fit']);
    await expect(listTags(db, rival, applicant.cvId)).rejects.toEqual(notFound);
    await expect(setTags(db, rival, applicant.cvId, ['x'])).rejects.toEqual(notFound);
  });
});

describe('exports', () => {
  it('the applicant list has the candidate, their contact, stage, tags and verified badges with links', async () => {
    const { fileName, body } = await exportApplicants(db, teammate, jobId, BASE);
    expect(fileName).toMatch(/^applicants-data-analyst-.*\.csv$/);
    expect(body).toContain('Hana Hidden');
    expect(body).toContain(applicant.email);
    expect(body).toContain('Strong fit');
    expect(body).toContain('Python Foundations — Example Academy (verified; known issuer; issued 2026-01-10)');
    expect(body).toContain(`${BASE}/b/${applicantBadge}`);
    // The failed badge is not something others are shown.
    expect(body).not.toContain('Broken Badge');
    expect(body).not.toContain(failedBadge);
  });

  it('another organisation gets nothing', async () => {
    await expect(exportApplicants(db, rival, jobId, BASE)).rejects.toEqual(notFound);
    const { shortlistId } = await addToShortlist(db, owner, { cvId: open.cvId, newListName: 'For export' });
    await expect(exportShortlist(db, rival, shortlistId, BASE)).rejects.toEqual(notFound);
    const mine = await exportShortlist(db, teammate, shortlistId, BASE);
    expect(mine.body).toContain('Pat Public');
    expect(mine.body).not.toContain(open.email);
  });
});

describe('shortlist edits', () => {
  it('rename, a note per entry, remove a candidate, delete — for the organisation only', async () => {
    const { shortlistId } = await addToShortlist(db, owner, { cvId: open.cvId, newListName: 'Spring' });
    // The hidden applicant can be shortlisted by the organisation they applied to, and no other.
    await addToShortlist(db, teammate, { cvId: applicant.cvId, shortlistId });
    await expect(addToShortlist(db, rival, { cvId: applicant.cvId, newListName: 'Theirs' })).rejects.toEqual(notFound);

    await expect(renameShortlist(db, rival, { shortlistId, name: 'Mine now' })).rejects.toEqual(notFound);
    expect(await renameShortlist(db, teammate, { shortlistId, name: 'Spring hires' })).toEqual({ id: shortlistId, name: 'Spring hires' });

    await expect(setEntryNote(db, rival, { shortlistId, cvId: open.cvId, note: 'x' })).rejects.toEqual(notFound);
    expect(await setEntryNote(db, owner, { shortlistId, cvId: open.cvId, note: 'Met at the fair' })).toEqual({ note: 'Met at the fair' });
    expect(await setEntryNote(db, owner, { shortlistId, cvId: applicant.cvId, note: '' })).toEqual({ note: null });

    const before = await shortlistCandidates(db, teammate, shortlistId);
    expect(before.list.name).toBe('Spring hires');
    expect(before.candidates.map((c) => [c.name, c.note, c.tags])).toEqual([
      ['Pat Public', 'Met at the fair', []],
      ['Hana Hidden', null, ['Strong fit']],
    ]);

    await expect(removeFromShortlist(db, rival, { shortlistId, cvId: open.cvId })).rejects.toEqual(notFound);
    await removeFromShortlist(db, owner, { shortlistId, cvId: open.cvId });
    await expect(removeFromShortlist(db, owner, { shortlistId, cvId: open.cvId })).rejects.toEqual(notFound);
    const after = await shortlistCandidates(db, owner, shortlistId);
    expect(after.candidates.map((c) => c.name)).toEqual(['Hana Hidden']);

    await expect(deleteShortlist(db, rival, { shortlistId })).rejects.toEqual(notFound);
    await deleteShortlist(db, teammate, { shortlistId });
    expect((await listShortlists(db, owner)).map((l) => l.id)).not.toContain(shortlistId);
    await expect(shortlistCandidates(db, owner, shortlistId)).rejects.toEqual(notFound);
    // The candidate's notes and tags stay with the organisation.
    expect(await listTags(db, owner, applicant.cvId)).toEqual(['Strong fit']);
  });
});
