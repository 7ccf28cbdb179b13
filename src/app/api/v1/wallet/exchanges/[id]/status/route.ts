import { contracts } from '@/server/api/contracts';
import { appBaseUrl } from '@/app/base-url';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { exchangeOfSeeker } from '@/server/wallet/exchanges';
import { exchangeView } from '@/server/wallet/wallet-service';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getWalletExchange, async ({ caller, params }) => {
  const row = await exchangeOfSeeker(await getDb(), sessionViewer(caller).id, params.id);
  return exchangeView(row, await appBaseUrl());
});
