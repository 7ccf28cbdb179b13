import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';
import { myBadgesPresentation } from '@/server/sharing/shared-badges';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.exportBadgesPresentation, async ({ caller }) => {
  const { presentation, leftOut } = await myBadgesPresentation(await getDb(), sessionViewer(caller));
  return new Response(JSON.stringify(presentation, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': 'attachment; filename="badgeboard-badges.json"',
      'badgeboard-left-out': String(leftOut),
      'cache-control': 'no-store',
    },
  });
});
