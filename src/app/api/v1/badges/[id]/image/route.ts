import { contracts } from '@/server/api/contracts';
import { artworkForViewer } from '@/server/badges/badge-artwork';
import { getDb } from '@/server/db/client';
import { actingViewer, defineRoute } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getBadgeImage, async ({ caller, params }) => {
  const image = await artworkForViewer(await getDb(), actingViewer(caller), params.id);
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'content-type': image.contentType,
      // Who may see it depends on the viewer: a browser may keep it, a shared cache may not.
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});
