import { resendLink } from '@/server/account/email-addresses';
import { addressFromPath } from '@/server/account/email-address-rules';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { appBaseUrl } from '@/app/base-url';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.resendMyEmailLink, async ({ caller, params }) => {
  const address = addressFromPath(params.address);
  if (!address) throw new AppError('not_found', 'This address is not on your account. Name it as in GET /api/v1/me/emails.');
  return resendLink(await getDb(), sessionViewer(caller).id, address, { baseUrl: await appBaseUrl() });
});
