// Integration: real PostgreSQL and Elasticsearch. `npm run reindex` builds a new generation and swaps the alias.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { drainAll } from '@/server/devstack/search-setup';
import { createSeeker, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from '../indices/registry';
import { indexStatus } from './index-admin';
import { reindex } from './reindex';
import { syncTopics } from './topics';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();

beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

describe('reindex', () => {
  it('rebuilds from Postgres into the next generation, swaps the alias and drops the old index', async () => {
    const seeker = await createSeeker(db);
    const word = uniqueWord();
    await updateCv(db, seeker.cvId, { headline: `Roofer ${word}`, summary: '', location: '', visibility: 'employers' });
    await drainAll(db, search);
    const before = await indexStatus(search, 'candidates');
    const progress: number[] = [];

    // Searches keep answering while the rebuild runs.
    const searching = (async () => {
      let answered = 0;
      for (let i = 0; i < 10; i++) {
        await search.client.search({ index: aliasFor(search.prefix, 'candidates'), query: { match_all: {} } });
        answered++;
      }
      return answered;
    })();
    const result = await reindex(db, search, 'candidates', { batchSize: 2, onProgress: (done) => progress.push(done) });
    expect(await searching).toBe(10);

    const generation = (index: string | null) => Number(/_v(\d+)$/.exec(index ?? '')?.[1]);
    expect(generation(result.index)).toBe(generation(before.index) + 1);
    expect(result.dropped).toEqual([before.index]);
    const after = await indexStatus(search, 'candidates');
    expect(after.index).toBe(result.index);
    expect(after.mappingVersion).toBe(after.expectedVersion);
    expect(await search.client.indices.exists({ index: before.index! })).toBe(false);
    const visible = await syncTopics.candidate.load(db, await syncTopics.candidate.scan(db, null, 10_000));
    expect(result.documents).toBe([...visible.values()].filter((state) => state.kind === 'index').length);
    expect(progress.at(-1)).toBe(await syncTopics.candidate.total(db));
    const hit = await search.client.search({ index: aliasFor(search.prefix, 'candidates'), query: { match: { headline: word } } });
    expect(hit.hits.hits.map((h) => h._id)).toEqual([seeker.cvId]);
  });
});
