/**
 * npm run worker [-- --no-outbox] [--no-reverify]
 * The background work without the web server: scheduled re-verification and the search outbox drainer. Run it
 * beside an app started with BADGEBOARD_BACKGROUND=off, as many times as needed: every loop claims its work with
 * SKIP LOCKED. SIGTERM or Ctrl-C finishes the batch in hand, then exits; a second signal exits at once.
 */
import '@/server/devstack/react-server-condition';
import { openDatabase } from '@/server/db/client';
import { chooseDatabase } from '@/server/devstack/database';
import { parseBackgroundEnv } from '@/server/env';
import { ensureSearchIndices, startBackgroundWork } from '@/server/background';
import { reverificationSettings, type ReverificationSettings } from '@/server/badges/reverification-settings';
import { createSearchClient } from '@/server/search/client';

const STOP_DEADLINE_MS = 30_000;
const args = process.argv.slice(2);
const drainOutbox = !args.includes('--no-outbox');
const reverify = !args.includes('--no-reverify');

let settings: ReverificationSettings;
try {
  settings = reverificationSettings(parseBackgroundEnv(process.env));
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(2);
}
const database = await chooseDatabase();
if (database.kind === 'pglite') {
  console.error(
    '✗ The worker needs a PostgreSQL server: the embedded PGlite store can be opened by one process only, and the app already runs the background work itself. Set DATABASE_URL to the Postgres the app uses.',
  );
  process.exit(2);
}
const handle = await openDatabase(database.url, { max: 6 });
const esUrl = process.env.ELASTICSEARCH_URL ?? `http://127.0.0.1:${process.env.ES_PORT ?? 9200}`;
const search = createSearchClient({
  url: esUrl,
  apiKey: process.env.ELASTICSEARCH_API_KEY,
  indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'badgeboard_',
});

const loops = [
  reverify ? `re-verification (every badge each ${settings.intervalMs / 3_600_000} h, batches of ${settings.batchSize})` : '',
  drainOutbox ? 'outbox drainer' : '',
].filter(Boolean);
console.log(`[worker] pid ${process.pid} · ${database.detail} · Elasticsearch at ${new URL(esUrl).host} · ${loops.join(' and ') || 'nothing to run'}`);
if (drainOutbox) await ensureSearchIndices(search);
const stop = startBackgroundWork({ getDb: async () => handle.db, search, drainOutbox, reverify, settings, inApp: false });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    console.log(`[worker] ${signal} again: exiting without waiting.`);
    process.exit(1);
  }
  stopping = true;
  console.log(`[worker] ${signal}: finishing the work in hand…`);
  const deadline = setTimeout(() => {
    console.error(`[worker] still busy after ${STOP_DEADLINE_MS / 1000} s; exiting (claimed badges are retried within the hour).`);
    process.exit(1);
  }, STOP_DEADLINE_MS);
  await stop();
  await handle.close();
  await search.client.close();
  clearTimeout(deadline);
  console.log('[worker] stopped.');
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
