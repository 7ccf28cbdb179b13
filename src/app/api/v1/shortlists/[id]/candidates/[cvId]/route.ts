import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { removeFromShortlist, setEntryNote } from '@/server/orgs/shortlists';

export const dynamic = 'force-dynamic';

export const PATCH = defineRoute(contracts.setShortlistEntryNote, async ({ caller, params, body }) =>
  setEntryNote(await getDb(), sessionViewer(caller), { shortlistId: params.id, cvId: params.cvId, note: body.value.note }),
);

export const DELETE = defineRoute(contracts.removeShortlistCandidate, async ({ caller, params }) => {
  await removeFromShortlist(await getDb(), sessionViewer(caller), { shortlistId: params.id, cvId: params.cvId });
});
