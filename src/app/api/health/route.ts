import { getViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
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

/** GET /api/health — states and counts for anyone; error text, index names and versions for admins. 503 when Postgres is down. */
export async function GET(): Promise<Response> {
  const { httpStatus, report } = await healthReport(await getDb(), await getSearch(), await audience());
  return Response.json(report, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
}
