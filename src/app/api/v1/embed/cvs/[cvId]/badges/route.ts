import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { defineRoute } from '@/server/http/define-route';
import { embeddableBadges } from '@/server/sharing/shared-badges';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.embedCvBadges, async ({ request, params }) => {
  // Links point back here: this site's configured address, else the address the request reached (never the
  // embedding page's Origin, which is another site's).
  const base = env().NEXTAUTH_URL ?? new URL(request.url).origin;
  const found = await embeddableBadges(await getDb(), params.cvId, base.replace(/\/+$/, ''));
  if (!found) throw new AppError('not_found', 'There is no CV with this id. Copy the snippet again from your CV page on Badgeboard.');
  return found;
});
