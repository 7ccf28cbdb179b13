import { exportPersonalData } from '@/server/account/personal-data';
import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute, sessionViewer } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.exportMyData, async ({ caller }) => {
  const data = await exportPersonalData(await getDb(), sessionViewer(caller).id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': `attachment; filename="badgeboard-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'cache-control': 'no-store',
    },
  });
});
