import { contracts } from '@/server/api/contracts';
import { appBaseUrl } from '@/app/base-url';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { oid4vpResponse } from '@/server/wallet/wallet-service';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.postOid4vpResponse, async ({ params, body }) =>
  oid4vpResponse(await getDb(), params.id, body.value, await appBaseUrl()),
);
