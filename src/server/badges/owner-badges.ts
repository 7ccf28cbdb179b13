import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Audience } from '@/lib/verification/render';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { cvAccessFor } from '@/server/orgs/candidate-access';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { badgeResponse } from './badge-response';
import { assertOwnsBadge, canViewBadge } from './policies';
import { getBadgeWithCv } from './queries';
import { reverifyBadge } from './reverify-badge';

/** A badge as `viewer` may see it (the owner: always, with their own reasons; others: see `canViewBadge`), or 404. */
export async function badgeForViewer(db: Database, viewer: Viewer | null, badgeId: string) {
  const found = await getBadgeWithCv(db, badgeId);
  if (!found || !canViewBadge(viewer, found.cv, found.badge, await cvAccessFor(db, viewer, found.cv.id, found.cv)))
    throw new AppError('not_found', 'There is no badge with this id, or it is not shown to you.');
  const { raw: _raw, ...badge } = found.badge;
  const audience: Audience = viewer?.id === badge.userId ? 'owner' : 'others';
  return badgeResponse(badge, audience);
}

async function ownBadge(db: Database, viewer: Viewer, badgeId: string): Promise<{ userId: string; cvId: string }> {
  const [badge] = await db.select({ userId: badges.userId, cvId: badges.cvId }).from(badges).where(eq(badges.id, badgeId)).limit(1);
  if (!badge) throw new AppError('not_found', 'This badge is not on your CV.');
  assertOwnsBadge(viewer, badge);
  return badge;
}

/** The owner removes a badge: the row goes and the CV is queued for search in the same transaction. */
export async function removeOwnBadge(db: Database, viewer: Viewer, badgeId: string): Promise<void> {
  const badge = await ownBadge(db, viewer, badgeId);
  await db.transaction(async (tx) => {
    await tx.delete(badges).where(eq(badges.id, badgeId));
    await tx
      .update(cvs)
      .set({ searchVersion: sql`${cvs.searchVersion} + 1` })
      .where(eq(cvs.id, badge.cvId));
    await enqueueSearchSync(tx, 'candidate', [badge.cvId]);
  });
}

/** "Check again" for the owner: a fresh verification now; the new state, whether it changed, and the badge. */
export async function recheckOwnBadge(db: Database, viewer: Viewer, badgeId: string) {
  await ownBadge(db, viewer, badgeId);
  const result = await reverifyBadge(db, badgeId);
  const fresh = await getBadgeWithCv(db, badgeId);
  if (!fresh) throw new AppError('not_found', 'This badge is no longer on your CV.');
  const { raw: _raw, ...row } = fresh.badge;
  return { ...result, ...badgeResponse(row, 'owner') };
}
