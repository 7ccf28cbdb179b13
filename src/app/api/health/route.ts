import { sql } from 'drizzle-orm';
import { getDb } from '@/server/db/client';
import { getSearch } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { indexStatus } from '@/server/search/sync/index-admin';
import { outboxLag } from '@/server/search/sync/outbox';

export const dynamic = 'force-dynamic';

async function check<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness and lag: Postgres, Elasticsearch, outbox backlog and index versions. 503 when Postgres is down. */
export async function GET(): Promise<Response> {
  const db = await getDb();
  const search = await getSearch();
  const [postgres, outbox, elasticsearch] = await Promise.all([
    check(() => db.execute(sql`select 1`)),
    check(() => outboxLag(db)),
    check(async () => {
      const health = await search.client.cluster.health({}, { requestTimeout: 2000 });
      const indices = await Promise.all((Object.keys(indexDefinitions) as IndexName[]).map((name) => indexStatus(search, name)));
      return { status: health.status, indices };
    }),
  ]);
  const body = {
    status: postgres.ok && elasticsearch.ok ? 'ok' : postgres.ok ? 'degraded' : 'down',
    postgres: postgres.ok ? { ok: true } : postgres,
    elasticsearch: elasticsearch.ok ? { ok: true, ...elasticsearch.value } : elasticsearch,
    outbox: outbox.ok ? { ok: true, ...outbox.value } : outbox,
  };
  return Response.json(body, { status: postgres.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
