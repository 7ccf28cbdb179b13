// Integration: real PostgreSQL. The admin page's services: list dead letters with what each entity is, retry one, retry all.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { outbox, outboxDeadLetters } from '@/server/db/schema';
import { saveJob } from '@/server/jobs/save-job';
import { createEmployerViewer, createSeeker, testDatabase, uniqueWord } from '@/server/testing/integration';
import { countDeadLetters, listDeadLetters, retryAllDeadLetters, retryDeadLetter } from './dead-letters';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

const firstSeen = new Date('2026-03-01T09:00:00Z');
async function deadLetter(topic: string, entityId: string, error = 'document_parsing_exception: [1:20] failed to parse') {
  const [row] = await db.insert(outboxDeadLetters).values({ topic, entityId, error, attempts: 5, firstSeenAt: firstSeen }).returning();
  return row!;
}
/** The entity's own outbox rows, left by the retry (and removed afterwards so no later drain meets them). */
async function takeOutboxRows(entityIds: string[]) {
  return db.delete(outbox).where(inArray(outbox.entityId, entityIds)).returning();
}

describe('dead letters', () => {
  it('lists each with its topic, what the entity is called, the error, attempts and when it was first and last refused', async () => {
    const seeker = await createSeeker(db, 'Dora Deadletter');
    const employer = (await loadViewer((await createEmployerViewer(db)).id))!;
    const title = `Stuck role ${uniqueWord()}`;
    const { id: jobId } = await saveJob(db, employer, {
      title,
      description: 'A role.',
      location: 'Fife',
      workplace: 'remote',
      contractType: 'permanent',
      salaryCurrency: 'GBP',
      salaryPeriod: 'year',
      requirements: [],
    });
    const vanished = randomUUID();
    await takeOutboxRows([seeker.cvId, jobId]);
    await deadLetter('candidate', seeker.cvId);
    await deadLetter('job', jobId, 'illegal_argument_exception: bad value');
    await deadLetter('candidate', vanished);

    const listed = await listDeadLetters(db, { limit: 1000 });
    const mine = new Map(listed.filter((row) => [seeker.cvId, jobId, vanished].includes(row.entityId)).map((row) => [row.entityId, row]));
    expect(mine.get(seeker.cvId)).toMatchObject({
      topic: 'candidate',
      entityLabel: 'Dora Deadletter',
      attempts: 5,
      error: expect.stringContaining('document_parsing_exception'),
      firstSeenAt: firstSeen,
    });
    expect(mine.get(seeker.cvId)!.lastSeenAt.getTime()).toBeGreaterThan(firstSeen.getTime());
    expect(mine.get(jobId)).toMatchObject({ topic: 'job', entityLabel: title, error: 'illegal_argument_exception: bad value' });
    expect(mine.get(vanished)).toMatchObject({ topic: 'candidate', entityLabel: null });
    expect(await countDeadLetters(db)).toBeGreaterThanOrEqual(3);

    await retryAllDeadLetters(db);
    await takeOutboxRows([seeker.cvId, jobId, vanished]);
  });

  it('retries one: it leaves the dead letters and waits in the outbox with fresh attempts; a second retry finds nothing', async () => {
    const seeker = await createSeeker(db, 'Rory Retry');
    await takeOutboxRows([seeker.cvId]);
    const letter = await deadLetter('candidate', seeker.cvId);
    expect(await retryDeadLetter(db, letter.id)).toBe(true);
    expect(await retryDeadLetter(db, letter.id)).toBe(false);
    expect(await db.select().from(outboxDeadLetters).where(eq(outboxDeadLetters.id, letter.id))).toEqual([]);
    const requeued = await takeOutboxRows([seeker.cvId]);
    expect(requeued.map((row) => [row.topic, row.attempts, row.lastError])).toEqual([['candidate', 0, null]]);
  });

  it('retries all at once, each exactly once, even when two admins press at the same time', async () => {
    const ids = Array.from({ length: 40 }, () => randomUUID());
    for (const id of ids) await deadLetter(id.endsWith('0') ? 'job' : 'candidate', id);
    const [first, second] = await Promise.all([retryAllDeadLetters(db), retryAllDeadLetters(db)]);
    expect(first + second).toBeGreaterThanOrEqual(ids.length);
    expect(await db.select().from(outboxDeadLetters).where(inArray(outboxDeadLetters.entityId, ids))).toEqual([]);
    const requeued = await takeOutboxRows(ids);
    expect(requeued.map((row) => row.entityId).sort()).toEqual([...ids].sort());
    expect(requeued.every((row) => row.attempts === 0 && row.topic === (row.entityId.endsWith('0') ? 'job' : 'candidate'))).toBe(true);
    expect(await retryAllDeadLetters(db)).toBe(0);
  });
});
