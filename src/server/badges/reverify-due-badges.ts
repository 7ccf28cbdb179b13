import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '@/server/db/client';
import { reverifyBadge } from './reverify-badge';
import { statusListsForCycle } from './verify/status-lists';

/** A badge whose check threw is tried again after this long (or after the interval, when that is shorter). */
const RETRY_MS = 60 * 60_000;

/**
 * Due: not checked for an interval (a registry change makes a badge due by setting checked_at to the epoch), or
 * past its expiry while still shown as verified.
 */
function dueCondition(now: Date, intervalMs: number): SQL {
  return sql`(checked_at < ${new Date(now.getTime() - intervalMs)} or (expires_at is not null and expires_at < ${now} and state = 'verified'))`;
}

/** How many badges are stored, and how many of them are due at `now`. */
export async function countDueBadges(db: Database, now: Date, intervalMs: number): Promise<{ total: number; due: number }> {
  const [row] = await queryRows<{ total: number; due: number }>(
    db,
    sql`select count(*)::int as total, (count(*) filter (where ${dueCondition(now, intervalMs)}))::int as due from badges`,
  );
  return { total: row?.total ?? 0, due: row?.due ?? 0 };
}

/**
 * Claims up to `limit` due badges, oldest check first. The claim moves `checked_at` on inside one statement with
 * `FOR UPDATE SKIP LOCKED`, so several workers at once never take the same badge; a badge whose check then throws
 * stays claimed until RETRY_MS has passed, and is due again.
 */
export async function claimDueBadges(db: Database, options: { limit: number; now: Date; intervalMs: number }): Promise<string[]> {
  const { limit, now, intervalMs } = options;
  const retryAt = new Date(now.getTime() - intervalMs + Math.min(RETRY_MS, intervalMs));
  const claimed = await queryRows<{ id: string }>(
    db,
    sql`update badges set checked_at = ${retryAt} where id in (
          select id from badges where ${dueCondition(now, intervalMs)}
          order by checked_at limit ${limit} for update skip locked)
        returning id`,
  );
  return claimed.map((row) => row.id);
}

export type ReverifyBatchResult = {
  /** The badges this call claimed and checked (or tried to). */
  ids: string[];
  changed: number;
  failed: number;
  /** Status lists the batch read: distinct lists, documents fetched, list proofs verified. */
  statusLists: { lists: number; fetches: number; proofs: number };
};

/**
 * One batch of scheduled re-verification: claims up to `limit` due badges and checks them, `concurrency` at a
 * time, all reading status lists from one memo (each list fetched and verified once for the batch). `now` is the
 * moment checked at (a clock the caller owns).
 */
export async function reverifyDueBadges(
  db: Database,
  options: { now: Date; intervalMs: number; limit: number; concurrency?: number; log?: (line: string) => void },
): Promise<ReverifyBatchResult> {
  const { now, concurrency = 4, log = console.warn } = options;
  const ids = await claimDueBadges(db, options);
  const statusLists = statusListsForCycle();
  let changed = 0;
  let failed = 0;
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        if ((await reverifyBadge(db, id, now, { statusLists })).changed) changed++;
      } catch (error) {
        failed++;
        log(`[badges] re-verification of ${id} failed (it is tried again later): ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return { ids, changed, failed, statusLists: { lists: statusLists.lists, fetches: statusLists.fetches, proofs: statusLists.proofs } };
}
