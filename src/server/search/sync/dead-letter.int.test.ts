// Integration: real PostgreSQL and real Elasticsearch. One document Elasticsearch really refuses must not hold up
// the 499 others of its batch, and must end in the dead letters with Elasticsearch's own error.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { updateCv } from '@/server/cv/service';
import type { CandidateDocument } from '@/server/search/indices/candidates';
import type { Database } from '@/server/db/client';
import { cvs, outbox, outboxDeadLetters, users } from '@/server/db/schema';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { searchCandidates } from '@/server/search/search-candidates';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from '../indices/registry';
import { countDeadLetters, listDeadLetters, retryDeadLetter } from './dead-letters';
import { drainOutboxOnce, MAX_ATTEMPTS } from './drain-outbox';
import { enqueueSearchSync } from './outbox';
import { syncTopics, type Topic } from './topics';

let db: Database;
let close: () => Promise<void>;
let employer: Viewer;
const search = testSearch();
const alias = () => aliasFor(search.prefix, 'candidates');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function searchTotal(word: string): Promise<number> {
  await search.client.indices.refresh({ index: alias() });
  return (await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word, verified: '0' }))).total;
}

/** Many CVs at once, straight into the tables (sign-up hashes a password each: too slow for 500). */
async function insertCvs(word: string, n: number): Promise<string[]> {
  const tag = uniqueWord();
  const people = await db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ email: `bulk-${tag}-${i}@example.test`, name: `Bulk Seeker ${i}`, passwordHash: 'not-a-real-hash' })))
    .returning({ id: users.id });
  const rows = await db
    .insert(cvs)
    .values(people.map((person, i) => ({ userId: person.id, headline: `Electrician ${word} ${i}`, location: 'Dundee', visibility: 'employers' as const })))
    .returning({ id: cvs.id });
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = await createEmployerViewer(db);
});
afterAll(async () => close());

describe('outbox with one unindexable document', () => {
  it('indexes the other 499 at once and moves the refused one to the dead letters with its error', async () => {
    const word = uniqueWord();
    const ids = await insertCvs(word, 500);
    const poisoned = ids[250]!;
    // The real document builder, except that one document carries a 40,000-character value in `cv_id`, a keyword
    // without `ignore_above` (it only ever holds uuids): Lucene refuses terms over 32,766 bytes, so Elasticsearch
    // really rejects that document, as it did the 40,000-character achievement name before the bounds.
    const candidate: Topic = {
      ...syncTopics.candidate,
      load: async (tx, list) => {
        const states = await syncTopics.candidate.load(tx, list);
        const state = states.get(poisoned);
        if (state?.kind === 'index') states.set(poisoned, { ...state, doc: { ...(state.doc as CandidateDocument), cv_id: 'x'.repeat(40_000) } });
        return states;
      },
    };
    const topics = { ...syncTopics, candidate };
    await enqueueSearchSync(db, 'candidate', ids);

    const started = Date.now();
    const first = await drainOutboxOnce(db, search, { batchSize: 1000, topics });
    expect(first.stalled).toBe(false);
    expect(first.failed).toBe(1);
    expect(first.processed).toBeGreaterThanOrEqual(499);
    expect(await searchTotal(word)).toBe(499);
    expect(Date.now() - started).toBeLessThan(10_000);

    const [waiting, ...others] = await db.select().from(outbox).where(inArray(outbox.entityId, ids));
    expect(others).toHaveLength(0);
    expect(waiting!.entityId).toBe(poisoned);
    expect(waiting!.attempts).toBe(1);
    expect(waiting!.lastError).toMatch(/^(document_parsing_exception|illegal_argument_exception|mapper_parsing_exception): .*cv_id/);

    // The refused row is retried on its own delay (1, 2, 4, 8 s) until the cap, then dead-lettered.
    const deadline = Date.now() + 40_000;
    while ((await db.select().from(outboxDeadLetters).where(eq(outboxDeadLetters.entityId, poisoned))).length === 0) {
      if (Date.now() > deadline) throw new Error('the refused row never reached the dead letters');
      await sleep(250);
      const again = await drainOutboxOnce(db, search, { batchSize: 1000, topics });
      expect(again.stalled).toBe(false);
    }
    expect(await db.select().from(outbox).where(eq(outbox.entityId, poisoned))).toHaveLength(0);
    const [letter] = await db.select().from(outboxDeadLetters).where(eq(outboxDeadLetters.entityId, poisoned));
    expect(letter).toMatchObject({ topic: 'candidate', attempts: MAX_ATTEMPTS });
    expect(letter!.error).toBe(waiting!.lastError);
    expect(letter!.firstSeenAt.getTime()).toBeLessThanOrEqual(letter!.lastSeenAt.getTime());
    expect(await countDeadLetters(db)).toBeGreaterThanOrEqual(1);
    expect((await listDeadLetters(db)).map((row) => row.entityId)).toContain(poisoned);
    expect(await searchTotal(word)).toBe(499);

    // Once the cause is gone, an admin's retry puts it back through the outbox, and the dead letter is gone.
    expect(await retryDeadLetter(db, letter!.id)).toBe(true);
    expect(await retryDeadLetter(db, letter!.id)).toBe(false);
    expect(await db.select().from(outboxDeadLetters).where(eq(outboxDeadLetters.entityId, poisoned))).toHaveLength(0);
    const [requeued] = await db.select().from(outbox).where(eq(outbox.entityId, poisoned));
    expect(requeued!.attempts).toBe(0);
    for (let i = 0; i < 10 && (await db.select().from(outbox).where(eq(outbox.entityId, poisoned))).length; i++)
      await drainOutboxOnce(db, search, { batchSize: 1000 });
    expect(await searchTotal(word)).toBe(500);
  });

  it('indexes a CV whose badge has a 40,000-character achievement and issuer name and whose location is as long', async () => {
    const seeker = await createSeeker(db, 'Long Names');
    const word = uniqueWord();
    await updateCv(db, seeker.cvId, { headline: `Roofer ${word}`, summary: '', location: 'L'.repeat(40_000), visibility: 'employers' });
    await insertBadge(db, seeker, { name: 'N'.repeat(40_000), issuerName: 'I'.repeat(40_000), issuerId: `did:web:${'i'.repeat(40_000)}.example` });
    for (let i = 0; i < 10; i++) {
      const result = await drainOutboxOnce(db, search, { batchSize: 1000 });
      expect(result.failed).toBe(0);
      expect(result.deadLettered).toBe(0);
      if (result.processed === 0) break;
    }
    expect(await db.select().from(outbox).where(eq(outbox.entityId, seeker.cvId))).toHaveLength(0);
    expect(await searchTotal(word)).toBe(1);
    const doc = await search.client.get<CandidateDocument>({ index: alias(), id: seeker.cvId });
    expect(doc._source?.badges[0]?.achievement_name).toHaveLength(40_000);
  });

  it('settles a batch whose document builder throws for one entity: the others are written, that one waits alone', async () => {
    const word = uniqueWord();
    const ids = await insertCvs(word, 20);
    const broken = ids[7]!;
    const candidate: Topic = {
      ...syncTopics.candidate,
      load: async (tx, list) => {
        if (list.includes(broken)) throw new Error('this CV cannot be built');
        return syncTopics.candidate.load(tx, list);
      },
    };
    await enqueueSearchSync(db, 'candidate', ids);
    const result = await drainOutboxOnce(db, search, { batchSize: 1000, topics: { ...syncTopics, candidate } });
    expect(result.stalled).toBe(false);
    expect(result.failed).toBe(1);
    expect(await searchTotal(word)).toBe(19);
    const waiting = await db.select().from(outbox).where(inArray(outbox.entityId, ids));
    expect(waiting.map((row) => [row.entityId, row.attempts, row.lastError])).toEqual([[broken, 1, 'could not build the document: this CV cannot be built']]);
    await db.delete(outbox).where(eq(outbox.entityId, broken));
  });
});
