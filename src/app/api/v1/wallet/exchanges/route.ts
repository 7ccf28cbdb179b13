import { contracts } from '@/server/api/contracts';
import { appBaseUrl } from '@/app/base-url';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { createExchange } from '@/server/wallet/exchanges';
import { exchangeView } from '@/server/wallet/wallet-service';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.startWalletExchange, async ({ caller }) => {
  const row = await createExchange(await getDb(), { userId: sessionViewer(caller).id });
  return exchangeView(row, await appBaseUrl());
});
