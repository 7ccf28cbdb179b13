import { exportPersonalData } from '@/server/account/personal-data';
import { withSession } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';

export const dynamic = 'force-dynamic';

/** GET /api/v1/me/export — everything held about the signed-in person, as a JSON download. */
export const GET = withSession(async (_request, { viewer }) => {
  const data = await exportPersonalData(await getDb(), viewer.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json', 'content-disposition': `attachment; filename="badgeboard-data-${new Date().toISOString().slice(0, 10)}.json"`, 'cache-control': 'no-store' },
  });
});
