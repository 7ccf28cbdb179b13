import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { addToShortlist, listShortlists } from '@/server/orgs/shortlists';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.listShortlists, async ({ caller }) => ({ shortlists: await listShortlists(await getDb(), sessionViewer(caller)) }));

export const POST = defineRoute(contracts.addToShortlist, async ({ caller, body }) => addToShortlist(await getDb(), sessionViewer(caller), body.value));
