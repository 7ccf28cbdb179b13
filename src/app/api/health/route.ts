import { contracts } from '@/server/api/contracts';
import { getViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { healthReport, type HealthAudience } from '@/server/health/health-report';
import { getSearch } from '@/server/search/client';

export const dynamic = 'force-dynamic';

async function audience(): Promise<HealthAudience> {
  try {
    return (await getViewer())?.isAdmin ? 'admin' : 'public';
  } catch {
    // No session machinery (or the database is down): answer as to a stranger.
    return 'public';
  }
}

/** States and counts for anyone; error text, index names and versions for admins. 503 when Postgres is down. */
export const GET = defineRoute(contracts.health, async () => {
  const { httpStatus, report } = await healthReport(await getDb(), await getSearch(), await audience());
  return Response.json(report, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
});
