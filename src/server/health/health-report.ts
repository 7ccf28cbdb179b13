import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '@/server/search/client';
import { indexDefinitions, type IndexName } from '@/server/search/indices/registry';
import { countDeadLetters } from '@/server/search/sync/dead-letters';
import { indexStatus, type IndexStatus } from '@/server/search/sync/index-admin';
import { outboxLag } from '@/server/search/sync/outbox';

/** Who asks: anyone gets states and counts; admins also get error text, index names and mapping versions. */
export type HealthAudience = 'public' | 'admin';

type Part<T extends object = object> = ({ ok: true } & T) | { ok: false; error?: string };
export type HealthReport = {
  status: 'ok' | 'degraded' | 'down';
  postgres: Part;
  elasticsearch: Part<{ status?: string; indices?: IndexStatus[] }>;
  outbox: Part<{ pending: number; oldestSeconds: number }>;
  deadLetters: Part<{ count: number }>;
};

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The error and what caused it ("Failed query: select 1" says little; the driver's cause says why). */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (
    let current: unknown = error, depth = 0;
    current !== undefined && current !== null && depth < 4;
    current = (current as { cause?: unknown }).cause, depth++
  ) {
    const message = (current instanceof Error ? current.message : String(current)).replace(/\s+/g, ' ').trim();
    if (message) parts.push(message);
  }
  return parts.join(' — ').slice(0, 1000);
}

async function check<T>(run: () => Promise<T>): Promise<Checked<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** Error text names hosts, ports, SQL and index names: for admins only; anyone else learns only that a part is down. */
function shown<T extends object>(result: Checked<T>, audience: HealthAudience): Part<T> {
  if (result.ok) return { ok: true, ...result.value };
  return audience === 'admin' ? { ok: false, error: result.error } : { ok: false };
}

/**
 * Liveness and lag: Postgres, Elasticsearch (cluster state; for admins each index with its alias, physical name,
 * mapping version and document count), the outbox backlog and the dead letters. `httpStatus` is 503 when Postgres is
 * down (nothing works without it) and 200 otherwise: search being down degrades the site, it does not stop it.
 */
export async function healthReport(db: Database, search: SearchHandle, audience: HealthAudience): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const [postgres, outbox, deadLetters, elasticsearch] = await Promise.all([
    check(() => db.execute(sql`select 1`).then(() => ({}))),
    check(() => outboxLag(db)),
    check(async () => ({ count: await countDeadLetters(db) })),
    check(async () => {
      const health = await search.client.cluster.health({}, { requestTimeout: 2000 });
      // Index names and versions are only looked up for admins: nobody else is shown them.
      const indices =
        audience === 'admin' ? await Promise.all((Object.keys(indexDefinitions) as IndexName[]).map((name) => indexStatus(search, name))) : undefined;
      return { status: health.status, ...(indices ? { indices } : {}) };
    }),
  ]);
  const report: HealthReport = {
    status: postgres.ok && elasticsearch.ok ? 'ok' : postgres.ok ? 'degraded' : 'down',
    postgres: shown(postgres, audience),
    elasticsearch: shown(elasticsearch, audience),
    outbox: shown(outbox, audience),
    deadLetters: shown(deadLetters, audience),
  };
  return { httpStatus: postgres.ok ? 200 : 503, report };
}
