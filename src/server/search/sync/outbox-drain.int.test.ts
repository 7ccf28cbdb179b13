// Integration: real PostgreSQL (the run's database) and real Elasticsearch (the run's index prefix).
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { outbox } from '@/server/db/schema';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { searchCandidates } from '@/server/search/search-candidates';
import { createEmployerViewer, createSeeker, elasticsearchProxy, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import type { Viewer } from '@/server/auth/viewer';
import { aliasFor } from '../indices/registry';
import { drainOutboxOnce } from './drain-outbox';
import { enqueueSearchSync } from './outbox';

let db: Database;
let close: () => Promise<void>;
let employer: Viewer;
const search = testSearch();

async function drainUntilEmpty(handle = search) {
  for (let i = 0; i < 20; i++) {
    const result = await drainOutboxOnce(db, handle);
    if (result.failed) throw new Error(result.error);
    if (result.processed === 0) break;
  }
  await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
}

async function find(word: string) {
  return searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word, verified: '0' }));
}

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = await createEmployerViewer(db);
});
afterAll(async () => close());

describe('outbox → Elasticsearch', () => {
  it('makes a saved CV findable by an employer, and the outbox row goes only after indexing', async () => {
    const seeker = await createSeeker(db, 'Kirsty Ferguson');
    const word = uniqueWord();
    await updateCv(db, seeker.cvId, { headline: `Welder ${word}`, summary: '', location: 'Paisley', visibility: 'employers' });
    expect(await db.select().from(outbox).where(eq(outbox.entityId, seeker.cvId))).not.toHaveLength(0);
    await drainUntilEmpty();
    expect(await db.select().from(outbox).where(eq(outbox.entityId, seeker.cvId))).toHaveLength(0);
    const results = await find(word);
    expect(results.hits.map((hit) => hit.display_name)).toEqual(['Kirsty Ferguson']);
    expect(results.hits[0]!.highlight.headline).toContain(`<mark>${word}</mark>`);
  });

  it('never shows a hidden CV, and removes one that becomes hidden', async () => {
    const seeker = await createSeeker(db);
    const word = uniqueWord();
    await updateCv(db, seeker.cvId, { headline: `Joiner ${word}`, summary: '', location: '', visibility: 'public' });
    await drainUntilEmpty();
    expect((await find(word)).total).toBe(1);
    await updateCv(db, seeker.cvId, { headline: `Joiner ${word}`, summary: '', location: '', visibility: 'hidden' });
    await drainUntilEmpty();
    expect((await find(word)).total).toBe(0);
    const exists = await search.client.exists({ index: aliasFor(search.prefix, 'candidates'), id: seeker.cvId });
    expect(exists).toBe(false);
  });

  it('keeps every save while Elasticsearch is unreachable and catches up when it returns', async () => {
    const proxy = await elasticsearchProxy();
    const viaProxy = testSearch(proxy.url, 1_500);
    const seeker = await createSeeker(db);
    const word = uniqueWord();
    await drainUntilEmpty();

    await proxy.down();
    await updateCv(db, seeker.cvId, { headline: `Plumber ${word}`, summary: 'first save', location: '', visibility: 'employers' });
    await updateCv(db, seeker.cvId, { headline: `Gas engineer ${word}`, summary: 'second save', location: '', visibility: 'employers' });
    const failed = await drainOutboxOnce(db, viaProxy);
    expect(failed.processed).toBe(0);
    expect(failed.failed).toBeGreaterThanOrEqual(2);
    const waiting = await db.select().from(outbox).where(eq(outbox.entityId, seeker.cvId));
    expect(waiting).toHaveLength(2);
    expect(waiting.every((row) => row.attempts === 1 && row.lastError)).toBe(true);
    expect((await find(word)).total).toBe(0);

    await proxy.up();
    // The failed rows wait one second before their next try.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await drainUntilEmpty(viaProxy);
    const results = await find(word);
    expect(results.hits.map((hit) => hit.headline)).toEqual([`Gas engineer ${word}`]);
    expect(await db.select().from(outbox).where(eq(outbox.entityId, seeker.cvId))).toHaveLength(0);
    await proxy.down();
  });

  it('never lets an older version overwrite a newer document', async () => {
    const seeker = await createSeeker(db);
    const word = uniqueWord();
    await updateCv(db, seeker.cvId, { headline: `Baker ${word}`, summary: '', location: '', visibility: 'employers' });
    await drainUntilEmpty();
    const index = aliasFor(search.prefix, 'candidates');
    const stale = await search.client.index(
      { index, id: seeker.cvId, version: 1, version_type: 'external_gte', document: { headline: 'stale' } },
      { ignore: [409] },
    );
    expect((stale as { status?: number }).status ?? 409).toBe(409);
    const doc = await search.client.get<{ headline: string }>({ index, id: seeker.cvId });
    expect(doc._source?.headline).toBe(`Baker ${word}`);
  });

  it('lets two drainers run at once without taking the same rows (SKIP LOCKED)', async () => {
    const seekers = await Promise.all(Array.from({ length: 6 }, () => createSeeker(db)));
    await drainUntilEmpty();
    const ids = seekers.map((seeker) => seeker.cvId);
    for (let i = 0; i < 10; i++) await enqueueSearchSync(db, 'candidate', ids);
    const [a, b] = await Promise.all([drainOutboxOnce(db, search, { batchSize: 30 }), drainOutboxOnce(db, search, { batchSize: 30 })]);
    expect(a.failed + b.failed).toBe(0);
    expect(a.processed + b.processed).toBe(60);
    expect(await db.select().from(outbox).where(inArray(outbox.entityId, ids))).toHaveLength(0);
  });
});
