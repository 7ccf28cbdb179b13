import { appBaseUrl } from '@/app/base-url';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { csvResponse, exportShortlist } from '@/server/orgs/candidate-export';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.exportShortlist, async ({ caller, params }) =>
  csvResponse(await exportShortlist(await getDb(), sessionViewer(caller), params.id, (await appBaseUrl()).replace(/\/+$/, ''))),
);
