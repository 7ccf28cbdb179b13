import { renderCheck } from '@/lib/verification/render';
import { contracts } from '@/server/api/contracts';
import { attachBadges } from '@/server/badges/attach-badges';
import { badgeInputFromUpload } from '@/server/badges/read-badge-upload';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.attachBadge, async ({ caller, body }) => {
  const viewer = sessionViewer(caller);
  const attached = await attachBadges(await getDb(), { userId: viewer.id, cvId: viewer.cvId! }, await badgeInputFromUpload(body));
  wakeDrainer();
  return { attached: attached.map((badge) => ({ ...badge, failing: badge.failing && renderCheck(badge.failing) })) };
});
