import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { withSession } from '@/server/auth/with-session';
import { assertOwnsBadge } from '@/server/badges/policies';
import { getBadgeWithCv } from '@/server/badges/queries';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import { getDb } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { badgeResponse } from '../../badge-response';

export const dynamic = 'force-dynamic';

/** POST /api/v1/badges/:id/verify — "check again" for the badge's owner: `{ state, changed }` and the badge with its fresh report. */
export const POST = withSession(
  async (_request, { viewer, params }) => {
    const db = await getDb();
    const valid = z.uuid().safeParse(String(params.id)).success;
    const [badge] = valid ? await db.select({ userId: badges.userId }).from(badges).where(eq(badges.id, String(params.id))).limit(1) : [];
    if (!badge) throw new AppError('not_found', 'This badge is not on your CV.');
    assertOwnsBadge(viewer, badge);
    const result = await reverifyBadge(db, String(params.id));
    wakeDrainer();
    const fresh = await getBadgeWithCv(db, String(params.id));
    if (!fresh) throw new AppError('not_found', 'This badge is no longer on your CV.');
    const { raw: _raw, ...row } = fresh.badge;
    return Response.json({ ...result, ...badgeResponse(row, 'owner') });
  },
  { role: 'seeker' },
);
