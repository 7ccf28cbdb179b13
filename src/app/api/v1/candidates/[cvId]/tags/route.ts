import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { listTags, setTags } from '@/server/orgs/candidate-notes';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getCandidateTags, async ({ caller, params }) => ({
  tags: await listTags(await getDb(), sessionViewer(caller), params.cvId),
}));

export const PUT = defineRoute(contracts.putCandidateTags, async ({ caller, params, body }) => ({
  tags: await setTags(await getDb(), sessionViewer(caller), params.cvId, body.value.tags),
}));
