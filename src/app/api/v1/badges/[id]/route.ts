import { eq, sql } from 'drizzle-orm';
import { withSession } from '@/server/auth/with-session';
import { assertOwnsBadge } from '@/server/badges/policies';
import { getDb } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { enqueueSearchSync } from '@/server/search/sync/outbox';

export const dynamic = 'force-dynamic';

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
