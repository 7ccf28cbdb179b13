import 'server-only';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '../client';
import { drainOutboxOnce, MAX_ATTEMPTS } from './drain-outbox';

type DrainerState = { running: boolean; wake?: () => void; stop?: () => Promise<void> };
const globalForDrainer = globalThis as unknown as { badgeboardDrainer?: DrainerState };

const IDLE_MS = 500;
const MAX_BACKOFF_MS = 15_000;

/**
 * Runs the outbox drainer in this process until stopped: immediately while there is work,
 * every IDLE_MS when idle (or sooner when woken), backing off while Elasticsearch fails as a whole.
 */
export function startDrainer(getDeps: () => Promise<{ db: Database; search: SearchHandle }>, log = console): () => Promise<void> {
  const existing = globalForDrainer.badgeboardDrainer;
  if (existing?.running && existing.stop) return existing.stop;
  const state: DrainerState = { running: true };
  globalForDrainer.badgeboardDrainer = state;

  let backoff = 0;
  const loop = (async () => {
    while (state.running) {
      let delay = IDLE_MS;
      try {
        const { db, search } = await getDeps();
        const result = await drainOutboxOnce(db, search);
        if (result.deadLettered > 0)
          log.warn(`[outbox] ${result.deadLettered} event(s) moved to the dead letters after ${MAX_ATTEMPTS} refusals: ${result.error}`);
        if (result.stalled) {
          // Elasticsearch failed as a whole: back off. A refused document alone waits on its own row's delay instead.
          backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 1_000);
          if (backoff === 1_000 || backoff === MAX_BACKOFF_MS) log.warn(`[outbox] ${result.failed} event(s) wait for Elasticsearch: ${result.error}`);
          delay = backoff;
        } else {
          if (backoff) log.info('[outbox] Elasticsearch is back; catching up.');
          backoff = 0;
          if (result.processed > 0 || result.deadLettered > 0) delay = 0;
        }
      } catch (error) {
        backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 1_000);
        log.error('[outbox] drain failed:', error instanceof Error ? error.message : error);
        delay = backoff;
      }
      if (delay > 0 && state.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          state.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        state.wake = undefined;
      }
    }
  })();

  state.stop = async () => {
    state.running = false;
    state.wake?.();
    await loop;
  };
  return state.stop;
}

/** Asks this process's drainer to look at the outbox now (after a commit). No-op without one. */
export function wakeDrainer(): void {
  globalForDrainer.badgeboardDrainer?.wake?.();
}
