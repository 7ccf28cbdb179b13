import { sql } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import { queryRows } from '@/server/db/client';
import type { Database } from '@/server/db/client';
import type { SearchHandle } from '@/server/search/client';
import { aliasFor } from '@/server/search/indices/registry';
import { filtersFromSearchParams } from '@/server/search/queries/candidate-filters';
import { candidateQuery } from '@/server/search/queries/candidates';
import { findConcept } from '@/server/taxonomy/concepts';
import { measure, summarise } from './stats';

export type SearchRow = { name: string; app: ReturnType<typeof summarise>; direct: ReturnType<typeof summarise>; ratioP95: number; hits: number };

/** Candidate search through the app's HTTP API vs the same body sent straight to Elasticsearch. */
export async function benchCandidateSearch(db: Database, search: SearchHandle, baseUrl: string, cookie: string, count: number): Promise<SearchRow[]> {
  // An achievement is its (issuer id, achievement id) pair; requirements carry the pair's key.
  const [top] = await queryRows<{ issuerId: string; id: string }>(
    db,
    sql`select issuer_id as "issuerId", achievement_id as id from badges where state = 'verified' group by issuer_id, achievement_id order by count(*) desc limit 1`,
  );
  const queries: [string, string][] = [
    ['text only', 'q=data+analyst&verified=0'],
    ['skill group + verified', 'req=skill:S5'],
    ['2 badge requirements + facets', `req=achievement:${encodeURIComponent(achievementKey(top!.issuerId, top!.id))}&req=skill:S5&match=any&sort=requirements`],
  ];
  // A deep page: walk the cursor chain once, then measure page 12.
  let cursor: string | null = null;
  for (let page = 1; page < 12; page++) {
    const response: Response = await fetch(`${baseUrl}/api/v1/candidates/search?req=skill:S5&page=${page}${cursor ? `&after=${cursor}` : ''}`, {
      headers: { cookie },
    });
    cursor = ((await response.json()) as { next: string | null }).next;
    if (!cursor) break;
  }
  if (cursor) queries.push(['deep page (search_after, page 12)', `req=skill:S5&page=12&after=${cursor}`]);

  const rows: SearchRow[] = [];
  for (const [name, query] of queries) {
    const parsed = filtersFromSearchParams(new URLSearchParams(query));
    if (!parsed.success) throw new Error(`bench query ${name} is invalid`);
    const filters = parsed.data;
    const requirements = await Promise.all(
      filters.req.map(async (r) => ({ kind: r.kind, code: r.kind === 'skill' ? (await findConcept(db, r.code))!.key : r.code })),
    );
    const after = filters.after ? JSON.parse(Buffer.from(filters.after, 'base64url').toString('utf8')) : undefined;
    const body = candidateQuery(filters, { visibilities: ['public', 'employers'], now: new Date().toISOString(), requirements, after });
    let hits = 0;
    const app = await measure(async () => {
      const response = await fetch(`${baseUrl}/api/v1/candidates/search?${query}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
      hits = ((await response.json()) as { total: number }).total;
    }, count);
    const direct = await measure(() => search.client.search({ index: aliasFor(search.prefix, 'candidates'), ...body }), count);
    const a = summarise(app);
    const d = summarise(direct);
    rows.push({ name, app: a, direct: d, ratioP95: a.p95 / d.p95, hits });
  }
  return rows;
}
