import 'server-only';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { drainOutboxOnce } from '@/server/search/sync/drain-outbox';
import { ensureIndex } from '@/server/search/sync/index-admin';
import { reindex } from '@/server/search/sync/reindex';

/** Creates missing indices and rebuilds any whose mapping version is older than the code's. */
export async function prepareIndices(db: Database, search: SearchHandle): Promise<string[]> {
  const notes: string[] = [];
  for (const name of Object.keys(indexDefinitions) as IndexName[]) {
    const status = await ensureIndex(search, name);
    if (status.mappingVersion !== status.expectedVersion) {
      const result = await reindex(db, search, name);
      notes.push(`${name}: rebuilt as ${result.index} (${result.documents} documents)`);
    } else {
      notes.push(`${name}: ${status.index} (${status.documents} documents)`);
    }
  }
  return notes;
}

/** Drains the outbox until empty (set-up scripts; the app drains continuously by itself). */
export async function drainAll(db: Database, search: SearchHandle): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await drainOutboxOnce(db, search);
    if (result.failed) throw new Error(`Could not index: ${result.error}`);
    if (result.processed === 0) return total;
    total += result.processed;
  }
}
