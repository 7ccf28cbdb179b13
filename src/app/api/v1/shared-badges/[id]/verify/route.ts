import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { actingViewer, defineRoute } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { verifySharedBadge } from '@/server/sharing/shared-badges';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.verifySharedBadge, async ({ caller, params }) => {
  const result = await verifySharedBadge(await getDb(), actingViewer(caller), params.id);
  // A changed state reaches search through the outbox.
  wakeDrainer();
  return result;
});
