import 'server-only';
import type { Database } from '@/server/db/client';
import { reverificationPace } from './reverification-pace';
import type { ReverificationSettings } from './reverification-settings';
import { countDueBadges, reverifyDueBadges, type ReverifyBatchResult } from './reverify-due-badges';

export type CycleReport = {
  total: number;
  /** Due when the cycle began. */
  due: number;
  batch: ReverifyBatchResult;
  elapsedMs: number;
  /** This process's CPU time (user + system) during the cycle: all of its work, not only this loop's. */
  cpuMs: number;
  /** Wait until the next cycle. */
  gapMs: number;
};

const count = (n: number) => n.toLocaleString('en-GB');
const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** One cycle: count what is due, take one batch of it, and work out when to come back. `now` is the caller's clock. */
export async function runReverificationCycle(db: Database, settings: ReverificationSettings, now: Date): Promise<CycleReport> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { total, due } = await countDueBadges(db, now, settings.intervalMs);
  const batch: ReverifyBatchResult =
    due > 0
      ? await reverifyDueBadges(db, { now, intervalMs: settings.intervalMs, limit: settings.batchSize, concurrency: settings.concurrency })
      : { ids: [], changed: 0, failed: 0, statusLists: { lists: 0, fetches: 0, proofs: 0 } };
  const { gapMs } = reverificationPace({ totalBadges: total, intervalMs: settings.intervalMs, batchSize: settings.batchSize, backlog: due > batch.ids.length });
  const used = process.cpuUsage(cpu);
  return { total, due, batch, elapsedMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, gapMs };
}

/** The cycle's one log line. */
export function describeCycle(report: CycleReport): string {
  const { batch } = report;
  const next = `next in ${seconds(report.gapMs)}`;
  if (batch.ids.length === 0) return `[reverify] none of ${count(report.total)} badges due · ${next}`;
  const outcome = [batch.changed ? `${count(batch.changed)} changed state` : '', batch.failed ? `${count(batch.failed)} failed` : '']
    .filter(Boolean)
    .join(', ');
  const lists = batch.statusLists.lists ? ` · ${count(batch.statusLists.lists)} status lists (${count(batch.statusLists.fetches)} fetched)` : '';
  const left = report.due - batch.ids.length;
  return (
    `[reverify] checked ${count(batch.ids.length)}${outcome ? ` (${outcome})` : ''} in ${seconds(report.elapsedMs)}, ${Math.round(report.cpuMs)} ms CPU${lists}` +
    ` · ${left > 0 ? `${count(left)} still due` : 'none left due'} of ${count(report.total)} · ${next}`
  );
}

export type ReverificationLoop = { stop: () => Promise<void> };

/**
 * Runs scheduled re-verification until stopped: a cycle, then the wait the pace asks for. `quietWhenIdle` logs only
 * cycles that checked something (the web app); `unref` lets the process exit while the loop waits (the web app).
 * `stop` lets the running batch finish — its badges are claimed, and are better checked than left to the retry.
 */
export function startReverification(options: {
  getDb: () => Promise<Database>;
  settings: ReverificationSettings;
  clock?: () => Date;
  log?: Pick<Console, 'info' | 'warn'>;
  quietWhenIdle?: boolean;
  unref?: boolean;
  firstDelayMs?: number;
}): ReverificationLoop {
  const { getDb, settings, clock = () => new Date(), log = console } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => (running = cycle()), ms);
    if (options.unref) timer.unref();
  };
  const cycle = async () => {
    let gapMs = 60_000;
    try {
      const report = await runReverificationCycle(await getDb(), settings, clock());
      gapMs = report.gapMs;
      if (!options.quietWhenIdle || report.batch.ids.length > 0) log.info(describeCycle(report));
    } catch (error) {
      log.warn(`[reverify] the cycle failed (trying again in a minute): ${error instanceof Error ? error.message : String(error)}`);
    }
    running = undefined;
    schedule(gapMs);
  };
  schedule(options.firstDelayMs ?? 0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
