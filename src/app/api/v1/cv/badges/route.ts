import { renderCheck } from '@/lib/verification/render';
import { withSession } from '@/server/auth/with-session';
import { attachBadges } from '@/server/badges/attach-badges';
import { readBadgeUpload } from '@/server/badges/read-badge-upload';
import { getDb } from '@/server/db/client';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/cv/badges — attach one badge: multipart with `file` (baked PNG/SVG or JSON), or JSON
 * `{ "text": "<json | jwt | https URL>" }`. The size is checked before the body is read.
 */
export const POST = withSession(
  async (request, { viewer }) => {
    const input = await readBadgeUpload(request);
    const attached = await attachBadges(await getDb(), { userId: viewer.id, cvId: viewer.cvId! }, input);
    wakeDrainer();
    return Response.json({ attached: attached.map((badge) => ({ ...badge, failing: badge.failing && renderCheck(badge.failing) })) }, { status: 201 });
  },
  { role: 'seeker' },
);
