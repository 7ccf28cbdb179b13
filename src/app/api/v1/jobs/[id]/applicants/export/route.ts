import { appBaseUrl } from '@/app/base-url';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { csvResponse, exportApplicants } from '@/server/orgs/candidate-export';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.exportApplicants, async ({ caller, params }) =>
  csvResponse(await exportApplicants(await getDb(), sessionViewer(caller), params.id, (await appBaseUrl()).replace(/\/+$/, ''))),
);
