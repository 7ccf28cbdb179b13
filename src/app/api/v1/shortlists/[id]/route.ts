import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { deleteShortlist, renameShortlist } from '@/server/orgs/shortlists';

export const dynamic = 'force-dynamic';

export const PATCH = defineRoute(contracts.renameShortlist, async ({ caller, params, body }) =>
  renameShortlist(await getDb(), sessionViewer(caller), { shortlistId: params.id, name: body.value.name }),
);

export const DELETE = defineRoute(contracts.deleteShortlist, async ({ caller, params }) => {
  await deleteShortlist(await getDb(), sessionViewer(caller), { shortlistId: params.id });
});
