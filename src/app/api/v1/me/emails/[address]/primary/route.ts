import { makePrimary } from '@/server/account/email-addresses';
import { addressFromPath } from '@/server/account/email-address-rules';
import { contracts } from '@/server/api/contracts';
import { forgetViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { defineRoute, sessionViewer } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.makeMyEmailPrimary, async ({ caller, params }) => {
  const address = addressFromPath(params.address);
  if (!address) throw new AppError('not_found', 'This address is not on your account. Name it as in GET /api/v1/me/emails.');
  const viewer = sessionViewer(caller);
  const result = await makePrimary(await getDb(), viewer.id, address);
  // The next request reads the new sign-in address, not the viewer remembered a moment ago.
  forgetViewer(viewer.id);
  return result;
});
