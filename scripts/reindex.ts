/**
 * npm run reindex [-- candidates|jobs]
 * Rebuilds the search indices from Postgres: a new generation per index, bulk-loaded while live changes keep
 * flowing, then an atomic alias swap. Searches keep answering throughout.
 */
import '@/server/devstack/react-server-condition';
import { openDatabase } from '@/server/db/client';
import { chooseDatabase } from '@/server/devstack/database';
import { ensureLocalElasticsearch } from '@/server/devstack/elasticsearch-node';
import { progressBar } from '@/server/devstack/progress';
import { createSearchClient } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { ensureIndex } from '@/server/search/sync/index-admin';
import { reindex } from '@/server/search/sync/reindex';

const names = (process.argv.slice(2).filter((arg) => !arg.startsWith('-')) as IndexName[]).filter(Boolean);
const unknown = names.filter((name) => !(name in indexDefinitions));
if (unknown.length) {
  console.error(`Unknown index ${unknown.join(', ')}. Choose from: ${Object.keys(indexDefinitions).join(', ')}.`);
  process.exit(2);
}
const database = await chooseDatabase();
const handle = await openDatabase(database.url, { max: 4 });
const es = process.env.ELASTICSEARCH_URL ? { url: process.env.ELASTICSEARCH_URL, stop: async () => undefined } : await ensureLocalElasticsearch(process.cwd());
const search = createSearchClient(
  { url: es.url, apiKey: process.env.ELASTICSEARCH_API_KEY, indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'badgeboard_' },
  { requestTimeout: 120_000 },
);
try {
  for (const name of names.length ? names : (Object.keys(indexDefinitions) as IndexName[])) {
    await ensureIndex(search, name);
    const bar = progressBar(`${name.padEnd(10)}`, { unit: 'documents' });
    const result = await reindex(handle.db, search, name, { onProgress: (done, total) => bar.update(done, total) });
    bar.done(
      result.documents,
      `${Math.round(result.documents / result.seconds).toLocaleString('en-GB')}/s into ${result.index}${result.dropped.length ? `, dropped ${result.dropped.join(', ')}` : ''}`,
    );
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await handle.close();
  await es.stop();
}
