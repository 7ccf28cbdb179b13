import { addAddress, listAddresses } from '@/server/account/email-addresses';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { appBaseUrl } from '@/app/base-url';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.listMyEmails, async ({ caller }) => ({ addresses: await listAddresses(await getDb(), sessionViewer(caller).id) }));

export const POST = defineRoute(contracts.addMyEmail, async ({ caller, body }) => ({
  address: await addAddress(await getDb(), sessionViewer(caller).id, body.value.email, { baseUrl: await appBaseUrl() }),
}));
