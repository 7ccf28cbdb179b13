import { contracts } from '@/server/api/contracts';
import { appBaseUrl } from '@/app/base-url';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { vcapiExchange } from '@/server/wallet/wallet-service';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.postVcApiExchange, async ({ params, body }) =>
  vcapiExchange(await getDb(), params.id, body.value, await appBaseUrl()),
);
