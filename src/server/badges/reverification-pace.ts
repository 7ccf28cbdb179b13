import 'server-only';

/** Steady pace over the due rate, so that lateness never builds up. */
export const HEADROOM = 1.25;
/** While more is due than one batch takes (after downtime, a registry change, a bulk import): this much faster. */
export const CATCH_UP = 4;
/** Never closer together: a catch-up stays a bounded share of a core. */
export const MIN_GAP_MS = 1_000;
/** Never further apart: a badge made due by a registry change or its expiry waits at most this long for a slot. */
export const MAX_GAP_MS = 60_000;

export type ReverificationPace = {
  /** Badges that come due per second when every stored badge is checked once per interval. */
  duePerSecond: number;
  /** Wait before the next batch. */
  gapMs: number;
};

/**
 * How far apart the batches go: every stored badge comes due once per interval, so `total / interval` badges a
 * second come due; a batch of `batchSize` every `batchSize / (rate × HEADROOM)` keeps ahead of that, and while a
 * backlog remains the batches come CATCH_UP times as often. The work is spread over the day rather than run in
 * bursts, and grows with the number of badges rather than with how long the process was away.
 */
export function reverificationPace(options: { totalBadges: number; intervalMs: number; batchSize: number; backlog: boolean }): ReverificationPace {
  const duePerSecond = options.totalBadges / (options.intervalMs / 1000);
  if (duePerSecond <= 0) return { duePerSecond: 0, gapMs: MAX_GAP_MS };
  const gapMs = (options.batchSize / (duePerSecond * (options.backlog ? CATCH_UP : HEADROOM))) * 1000;
  return { duePerSecond, gapMs: Math.round(Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, gapMs))) };
}
