import { eq } from 'drizzle-orm';
import { withSession } from '@/server/auth/with-session';
import { assertOwnsBadge } from '@/server/badges/policies';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import { getDb } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

/** POST /api/v1/badges/:id/verify — "check again" for the badge's owner. */
export const POST = withSession(
  async (_request, { viewer, params }) => {
    const db = await getDb();
    const [badge] = await db.select({ userId: badges.userId }).from(badges).where(eq(badges.id, String(params.id))).limit(1);
    if (!badge) throw new AppError('not_found', 'This badge is not on your CV.');
    assertOwnsBadge(viewer, badge);
    const result = await reverifyBadge(db, String(params.id));
    wakeDrainer();
    return Response.json(result);
  },
  { role: 'seeker' },
);
