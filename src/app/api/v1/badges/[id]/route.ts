import { contracts } from '@/server/api/contracts';
import { badgeForViewer, removeOwnBadge } from '@/server/badges/owner-badges';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getBadge, async ({ caller, params }) => badgeForViewer(await getDb(), sessionViewer(caller), params.id));

export const DELETE = defineRoute(contracts.deleteBadge, async ({ caller, params }) => {
  await removeOwnBadge(await getDb(), sessionViewer(caller), params.id);
  wakeDrainer();
  return new Response(null, { status: 204 });
});
