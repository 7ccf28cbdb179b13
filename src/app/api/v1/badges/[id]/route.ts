import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { withSession } from '@/server/auth/with-session';
import { assertOwnsBadge, canViewBadge } from '@/server/badges/policies';
import { getBadgeWithCv } from '@/server/badges/queries';
import { getDb } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { badgeResponse } from '../badge-response';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/badges/:id — a badge and its report for any signed-in viewer who may see it (the owner; others
 * only while it is verified or being checked, on a CV they may see). Anything else is "not found".
 */
export const GET = withSession(async (_request, { viewer, params }) => {
  const id = String(params.id);
  const found = z.uuid().safeParse(id).success ? await getBadgeWithCv(await getDb(), id) : null;
  if (!found || !canViewBadge(viewer, found.cv, found.badge)) throw new AppError('not_found', 'There is no badge with this id, or it is not shown to you.');
  const { raw: _raw, ...badge } = found.badge;
  return Response.json(badgeResponse(badge, viewer.id === badge.userId ? 'owner' : 'others'));
});

/** DELETE /api/v1/badges/:id — the owner removes a badge from their CV (and from search). */
export const DELETE = withSession(
  async (_request, { viewer, params }) => {
    const db = await getDb();
    const [badge] = await db.select({ userId: badges.userId, cvId: badges.cvId }).from(badges).where(eq(badges.id, String(params.id))).limit(1);
    if (!badge) throw new AppError('not_found', 'This badge is not on your CV.');
    assertOwnsBadge(viewer, badge);
    await db.transaction(async (tx) => {
      await tx.delete(badges).where(eq(badges.id, String(params.id)));
      await tx.update(cvs).set({ searchVersion: sql`${cvs.searchVersion} + 1` }).where(eq(cvs.id, badge.cvId));
      await enqueueSearchSync(tx, 'candidate', [badge.cvId]);
    });
    wakeDrainer();
    return new Response(null, { status: 204 });
  },
  { role: 'seeker' },
);
