import { getDb } from './db/client';
import { env } from './env';
import { getSearch } from './search/client';
import { indexDefinitions, type IndexName } from './search/indices/registry';
import { ensureIndex } from './search/sync/index-admin';
import { startDrainer } from './search/sync/drainer';
import { reverifyDueBadges } from './badges/reverify-badge';

/** Background work of the app process. Elasticsearch being down here is not fatal: the drainer waits for it. */
export async function startAppBackground(): Promise<void> {
  const config = env();
  const search = await getSearch();
  try {
    for (const name of Object.keys(indexDefinitions) as IndexName[]) {
      const status = await ensureIndex(search, name);
      if (status.mappingVersion !== status.expectedVersion) {
        console.warn(`[search] ${status.alias} has mapping v${status.mappingVersion}, the code expects v${status.expectedVersion}: run \`npm run reindex\`.`);
      }
    }
  } catch (error) {
    console.warn('[search] Elasticsearch is not reachable yet; search results will catch up when it is.', error instanceof Error ? error.message : '');
  }
  if (config.OUTBOX_DRAINER === 'on') {
    const stop = startDrainer(async () => ({ db: await getDb(), search }));
    process.once('SIGTERM', () => void stop());
  }
  // Scheduled re-verification: daily per badge, at once after a registry change, and as soon as a verified badge
  // passes its expiry date. Every minute; straight on while a full batch was due.
  let stopped = false;
  const tick = async (): Promise<void> => {
    let full = false;
    try {
      const db = await getDb();
      const { checked, changed } = await reverifyDueBadges(db);
      if (changed) console.info(`[badges] re-verification changed ${changed} badge state(s)`);
      full = checked >= 200;
    } catch (error) {
      console.warn('[badges] scheduled re-verification failed:', error instanceof Error ? error.message : error);
    }
    if (!stopped) setTimeout(() => void tick(), full ? 1_000 : 60_000).unref();
  };
  setTimeout(() => void tick(), 60_000).unref();
  process.once('SIGTERM', () => (stopped = true));
}
