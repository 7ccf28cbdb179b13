import 'server-only';
import { getDb, type Database } from './db/client';
import { env } from './env';
import { getSearch, type SearchHandle } from './search/client';
import { indexDefinitions, type IndexName } from './search/indices/registry';
import { ensureIndex } from './search/sync/index-admin';
import { startDrainer } from './search/sync/drainer';
import { startReverification } from './badges/reverification-loop';
import { reverificationSettings, type ReverificationSettings } from './badges/reverification-settings';
import { startMailDelivery } from './notifications/mail-delivery';

/** Makes sure the search indices exist. Elasticsearch being down is not fatal: the drainer waits for it. */
export async function ensureSearchIndices(search: SearchHandle, log: Pick<Console, 'warn'> = console): Promise<void> {
  try {
    for (const name of Object.keys(indexDefinitions) as IndexName[]) {
      const status = await ensureIndex(search, name);
      if (status.mappingVersion !== status.expectedVersion) {
        log.warn(`[search] ${status.alias} has mapping v${status.mappingVersion}, the code expects v${status.expectedVersion}: run \`npm run reindex\`.`);
      }
    }
  } catch (error) {
    log.warn('[search] Elasticsearch is not reachable yet; search results will catch up when it is.', error instanceof Error ? error.message : '');
  }
}

/**
 * The background loops — the outbox drainer, scheduled re-verification (daily per badge, at once after a registry
 * change, as soon as a verified badge passes its expiry) and mail delivery. All claim their work with SKIP LOCKED, so any
 * number of processes may run them side by side. Returns a stop that lets the work in hand finish.
 */
export function startBackgroundWork(options: {
  getDb: () => Promise<Database>;
  search: SearchHandle;
  drainOutbox: boolean;
  /** Default true. */
  reverify?: boolean;
  settings: ReverificationSettings;
  /** The web app: log only cycles that did something, and never hold the process open. */
  inApp: boolean;
}): () => Promise<void> {
  const stopDrainer = options.drainOutbox ? startDrainer(async () => ({ db: await options.getDb(), search: options.search })) : async () => undefined;
  // In the app, the first cycle waits a minute so that start-up is not slowed down.
  const reverification =
    options.reverify === false
      ? null
      : startReverification({
          getDb: options.getDb,
          settings: options.settings,
          quietWhenIdle: options.inApp,
          unref: options.inApp,
          firstDelayMs: options.inApp ? 60_000 : 0,
        });
  // Outgoing mail, when SMTP_URL names a server (otherwise it stays in the outbox for /dev/mailbox).
  const stopMail = options.reverify === false ? async () => undefined : startMailDelivery(options.getDb, { unref: options.inApp });
  return async () => {
    await Promise.all([reverification?.stop(), stopDrainer(), stopMail()]);
  };
}

/** Background work of the app process, unless BADGEBOARD_BACKGROUND hands it (or re-verification alone) to separate workers. */
export async function startAppBackground(): Promise<void> {
  const config = env();
  const search = await getSearch();
  await ensureSearchIndices(search);
  if (config.BADGEBOARD_BACKGROUND === 'off') {
    console.info('[background] BADGEBOARD_BACKGROUND=off: no re-verification or outbox drain in this process; run `npm run worker` for them.');
    return;
  }
  // `outbox`: the app drains its own writes at once (it wakes its drainer after each commit); workers re-verify.
  const reverify = config.BADGEBOARD_BACKGROUND === 'on';
  const stop = startBackgroundWork({
    getDb,
    search,
    drainOutbox: config.OUTBOX_DRAINER === 'on',
    reverify,
    settings: reverificationSettings(config),
    inApp: true,
  });
  process.once('SIGTERM', () => void stop());
}
