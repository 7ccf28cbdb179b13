import { contracts } from '@/server/api/contracts';
import type { VerifyCredentialResponse } from '@/server/api/contracts/verify';
import { badgeInputFromUpload } from '@/server/badges/read-badge-upload';
import { verifyPostedBadge } from '@/server/badges/verify-posted-badge';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const POST = defineRoute(contracts.verifyCredential, async ({ body }): Promise<VerifyCredentialResponse> => {
  const [first, ...included] = await verifyPostedBadge(await getDb(), await badgeInputFromUpload(body));
  return { ...first!, included };
});
