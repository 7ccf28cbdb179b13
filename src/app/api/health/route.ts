import { sql } from 'drizzle-orm';
import { getViewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { getSearch } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { countDeadLetters } from '@/server/search/sync/dead-letters';
import { indexStatus } from '@/server/search/sync/index-admin';
import { outboxLag } from '@/server/search/sync/outbox';

export const dynamic = 'force-dynamic';

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

async function check<T>(run: () => Promise<T>): Promise<Checked<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Error text (hosts, ports, SQL) is for admins; anyone else learns only that a part is down. */
function shown<T extends object>(result: Checked<T>, admin: boolean): ({ ok: true } & T) | { ok: false; error?: string } {
  if (result.ok) return { ok: true, ...result.value };
  return admin ? { ok: false, error: result.error } : { ok: false };
}

async function isAdmin(): Promise<boolean> {
  try {
    return (await getViewer())?.isAdmin ?? false;
  } catch {
    // No session machinery (or the database is down): answer as to a stranger.
    return false;
  }
}

/**
 * Liveness and lag: Postgres, Elasticsearch, outbox backlog and dead letters. 503 when Postgres is down.
 * Anonymous callers get states and counts only; admins also get error text and index versions.
 */
export async function GET(): Promise<Response> {
  const db = await getDb();
  const search = await getSearch();
  const [postgres, outbox, deadLetters, elasticsearch, admin] = await Promise.all([
    check(() => db.execute(sql`select 1`).then(() => ({}))),
    check(() => outboxLag(db)),
    check(async () => ({ count: await countDeadLetters(db) })),
    check(async () => {
      const health = await search.client.cluster.health({}, { requestTimeout: 2000 });
      const indices = await Promise.all((Object.keys(indexDefinitions) as IndexName[]).map((name) => indexStatus(search, name)));
      return { status: health.status, indices };
    }),
    isAdmin(),
  ]);
  const es = shown(elasticsearch, admin);
  const body = {
    status: postgres.ok && elasticsearch.ok ? 'ok' : postgres.ok ? 'degraded' : 'down',
    postgres: shown(postgres, admin),
    elasticsearch: es.ok && !admin ? { ok: true, status: elasticsearch.ok ? elasticsearch.value.status : undefined } : es,
    outbox: shown(outbox, admin),
    deadLetters: shown(deadLetters, admin),
  };
  return Response.json(body, { status: postgres.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
