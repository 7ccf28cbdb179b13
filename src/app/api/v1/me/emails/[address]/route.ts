import { removeAddress } from '@/server/account/email-addresses';
import { addressFromPath } from '@/server/account/email-address-rules';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { wakeDrainer } from '@/server/search/sync/drainer';

export const dynamic = 'force-dynamic';

export const DELETE = defineRoute(contracts.removeMyEmail, async ({ caller, params }) => {
  const address = addressFromPath(params.address);
  if (!address) throw new AppError('not_found', 'This address is not on your account. Name it as in GET /api/v1/me/emails.');
  const result = await removeAddress(await getDb(), sessionViewer(caller).id, address);
  if (result.badgesRechecked > 0) wakeDrainer();
  return result;
});
