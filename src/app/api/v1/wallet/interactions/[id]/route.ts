import { contracts } from '@/server/api/contracts';
import { appBaseUrl } from '@/app/base-url';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { interactionProtocols } from '@/server/wallet/wallet-service';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getWalletInteraction, async ({ params, query }) => {
  const base = await appBaseUrl();
  // A person who opened the link in a browser rather than a wallet: their CV page has the code and explains.
  if (query.iuv !== '1') return Response.redirect(`${base.replace(/\/$/, '')}/cv?wallet=${params.id}`, 303);
  return interactionProtocols(await getDb(), params.id, base);
});
