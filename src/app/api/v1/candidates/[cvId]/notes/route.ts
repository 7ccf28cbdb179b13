import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { addNote, listNotes } from '@/server/orgs/candidate-notes';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.listCandidateNotes, async ({ caller, params }) => ({
  notes: await listNotes(await getDb(), sessionViewer(caller), params.cvId),
}));

export const POST = defineRoute(contracts.addCandidateNote, async ({ caller, params, body }) =>
  addNote(await getDb(), sessionViewer(caller), { cvId: params.cvId, body: body.value.body }),
);
