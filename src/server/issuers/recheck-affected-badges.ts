import 'server-only';
import type { Database } from '@/server/db/client';
import { reverifyBadge } from '@/server/badges/reverify-badge';

/** How many affected badges a registry change re-checks before answering; the rest are due for the scheduled run. */
export const INLINE_RECHECKS = 200;

/**
 * Re-checks badges whose verdict a registry change may alter (they were already made due, so any left over
 * are picked up by the scheduled re-check). A badge that fails to re-check stays due; it does not stop the rest.
 */
export async function recheckAffectedBadges(
  db: Database,
  badgeIds: string[],
  limit = INLINE_RECHECKS,
): Promise<{ rechecked: number; changed: number; deferred: number }> {
  const now = badgeIds.slice(0, limit);
  let rechecked = 0;
  let changed = 0;
  for (const id of now) {
    try {
      if ((await reverifyBadge(db, id)).changed) changed++;
      rechecked++;
    } catch (error) {
      console.warn(`[issuers] re-check of badge ${id} after a registry change failed: ${(error as Error).message}`);
    }
  }
  return { rechecked, changed, deferred: badgeIds.length - rechecked };
}
