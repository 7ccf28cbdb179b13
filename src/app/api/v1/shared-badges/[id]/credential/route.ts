import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { actingViewer, defineRoute } from '@/server/http/define-route';
import { sharedBadgeCredential } from '@/server/sharing/shared-badges';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.downloadSharedBadgeCredential, async ({ caller, params }) => {
  const file = await sharedBadgeCredential(await getDb(), actingViewer(caller), params.id);
  return new Response(file.body, {
    headers: {
      'content-type': `${file.contentType}; charset=utf-8`,
      'content-disposition': `attachment; filename="${file.filename}"`,
      // The page's share setting can change at any time: never kept by a cache.
      'cache-control': 'no-store',
    },
  });
});
