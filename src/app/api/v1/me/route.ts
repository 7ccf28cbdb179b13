import { deleteAccount } from '@/server/account/personal-data';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

export const DELETE = defineRoute(contracts.deleteMe, async ({ caller }) => {
  await deleteAccount(await getDb(), sessionViewer(caller).id);
  wakeDrainer();
  return new Response(null, { status: 204 });
});
