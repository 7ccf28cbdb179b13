import 'server-only';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '../client';
import type { IndexName } from '../indices/registry';
import { bulkWrite } from './bulk-write';
import { createGeneration, FAMILY_CACHE_MS, swapAlias } from './index-admin';
import { topicForIndex } from './topics';

export type ReindexProgress = (done: number, total: number) => void;
export type ReindexResult = { index: string; documents: number; seconds: number; dropped: string[] };

/**
 * Rebuilds one index from Postgres with no downtime for searches: create `<alias>_v<N+1>`, let every
 * drainer notice it (they write live changes to every generation, versioned, so nothing is missed),
 * bulk-load the current rows, refresh, swap the alias atomically and drop the old generation.
 */
export async function reindex(
  db: Database,
  search: SearchHandle,
  name: IndexName,
  options: { batchSize?: number; onProgress?: ReindexProgress } = {},
): Promise<ReindexResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const topic = topicForIndex(name);
  const index = await createGeneration(search, name);
  try {
    await new Promise((resolve) => setTimeout(resolve, FAMILY_CACHE_MS + 250));
    // Bulk-load mode: no refreshes, translog fsynced in the background (restored before the swap).
    await search.client.indices.putSettings({ index, settings: { refresh_interval: '-1', 'translog.durability': 'async' } });
    const total = await topic.total(db);
    let done = 0;
    let afterId: string | null = null;
    options.onProgress?.(0, total);
    // A pipeline: Postgres loads the next page while Elasticsearch indexes the current ones (three bulks in flight).
    const inFlight = new Set<Promise<void>>();
    let page = await topic.scan(db, afterId, batchSize);
    while (page.length > 0) {
      afterId = page[page.length - 1] ?? null;
      const [states, next] = await Promise.all([topic.load(db, page), topic.scan(db, afterId, batchSize)]);
      const size = page.length;
      const write: Promise<void> = bulkWrite(search, [index], states).then(() => {
        inFlight.delete(write);
        done += size;
        options.onProgress?.(done, Math.max(total, done));
      });
      inFlight.add(write);
      if (inFlight.size >= 3) await Promise.race(inFlight);
      page = next;
    }
    await Promise.all(inFlight);
    await search.client.indices.putSettings({ index, settings: { refresh_interval: '1s', 'translog.durability': 'request' } });
    await search.client.indices.refresh({ index });
    const dropped = await swapAlias(search, name, index);
    const { count } = await search.client.count({ index });
    return { index, documents: count, seconds: (performance.now() - started) / 1000, dropped };
  } catch (error) {
    await search.client.indices.delete({ index }, { ignore: [404] }).catch(() => undefined);
    throw error;
  }
}
