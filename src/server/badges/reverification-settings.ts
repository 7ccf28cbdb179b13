import 'server-only';
import type { BackgroundEnv } from '@/server/env';

export type ReverificationSettings = {
  /** Time between two scheduled checks of one badge. */
  intervalMs: number;
  /** Badges claimed and checked per batch. */
  batchSize: number;
  /** Badges of one batch checked side by side (database round trips and fetches overlap). */
  concurrency: number;
};

/** The schedule from the validated environment (REVERIFY_INTERVAL_HOURS, REVERIFY_BATCH_SIZE). */
export function reverificationSettings(values: Pick<BackgroundEnv, 'REVERIFY_INTERVAL_HOURS' | 'REVERIFY_BATCH_SIZE'>): ReverificationSettings {
  return { intervalMs: Math.round(values.REVERIFY_INTERVAL_HOURS * 60 * 60_000), batchSize: values.REVERIFY_BATCH_SIZE, concurrency: 4 };
}

/**
 * When the scheduler will next take this badge: an interval after its last check, or as soon as a badge still
 * shown as verified passes its expiry. A moment already past means it is due now (it waits for a batch).
 */
export function nextCheckAt(badge: { checkedAt: Date; expiresAt: Date | null; state: string }, intervalMs: number): Date {
  const scheduled = new Date(badge.checkedAt.getTime() + intervalMs);
  if (badge.state === 'verified' && badge.expiresAt && badge.expiresAt < scheduled) return badge.expiresAt;
  return scheduled;
}
