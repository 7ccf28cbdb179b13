import { openDatabase } from '@/server/db/client';
import { createSearchClient } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { ensureIndex } from '@/server/search/sync/index-admin';

/** Vitest global set-up for integration tests: `npm test` provides a fresh database and an index prefix. */
export default async function setup(): Promise<void> {
  const { DATABASE_URL, ELASTICSEARCH_URL, ELASTICSEARCH_INDEX_PREFIX } = process.env;
  if (!DATABASE_URL || !ELASTICSEARCH_URL || !ELASTICSEARCH_INDEX_PREFIX?.startsWith('bbt_')) {
    throw new Error(
      'Run integration tests with `npm run test:integration` (or `npm test`): it provides a fresh Postgres database and Elasticsearch index prefix.',
    );
  }
  const handle = await openDatabase(DATABASE_URL, { max: 1 });
  await handle.close();
  const search = createSearchClient({ url: ELASTICSEARCH_URL, indexPrefix: ELASTICSEARCH_INDEX_PREFIX });
  for (const name of Object.keys(indexDefinitions) as IndexName[]) await ensureIndex(search, name);
}
