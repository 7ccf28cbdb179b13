import { contracts } from '@/server/api/contracts';
import { recheckOwnBadge } from '@/server/badges/owner-badges';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.reverifyBadge, async ({ caller, params }) => {
  const result = await recheckOwnBadge(await getDb(), sessionViewer(caller), params.id);
  wakeDrainer();
  return result;
});
