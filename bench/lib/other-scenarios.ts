import { sql } from 'drizzle-orm';
import { queryRows } from '@/server/db/client';
import { ob3Credential, signDataIntegrity, signJwt } from '@/server/badges/issuing/issue-ob3';
import { didKeyIssuer } from '@/server/badges/issuing/issuer-keys';
import { decodeCredentials } from '@/server/badges/parse/decode-credential';
import { verifyCredential } from '@/server/badges/verify/verify-credential';
import { memoryIssuerRegistry } from '@/server/issuers/issuer-registry';
import type { Database } from '@/server/db/client';
import { rolesIQualifyFor } from '@/server/jobs/match-jobs';
import { loadSeekerCodes } from '@/server/jobs/seeker-codes';
import type { SearchHandle } from '@/server/search/client';
import { aliasFor } from '@/server/search/indices/registry';
import { measure, summarise } from './stats';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

/** "Roles I qualify for" for seekers with verified badges (codes from Postgres, terms_set in Elasticsearch). */
export async function benchJobMatching(db: Database, search: SearchHandle, count: number) {
  const seekers = await queryRows<{ user_id: string }>(
    db,
    sql`select user_id from badges where state = 'verified' group by user_id order by count(*) desc limit 40`,
  );
  let i = 0;
  let found = 0;
  const samples = await measure(
    async () => {
      const codes = await loadSeekerCodes(db, seekers[i++ % seekers.length]!.user_id);
      found += (await rolesIQualifyFor(db, search, codes)).length;
    },
    count,
    5,
  );
  return { ...summarise(samples), averageRoles: found / (count + 5) };
}

/** Attach a badge over HTTP → visible in the candidates index: the write-to-searchable lag. */
export async function benchWriteLag(
  db: Database,
  search: SearchHandle,
  baseUrl: string,
  cookie: string,
  seeker: { cvId: string; email: string },
  count: number,
) {
  const issuer = await didKeyIssuer('bench-lag-issuer');
  const samples: number[] = [];
  for (let n = 0; n < count; n++) {
    const credential = ob3Credential({
      issuer,
      issuerName: 'Bench Academy',
      recipientEmail: seeker.email,
      achievement: {
        id: `https://bench.example/lag/${Date.now()}-${n}`,
        name: `Lag probe ${n}`,
        description: 'd',
        criteria: 'c',
        alignments: [{ targetName: 'Python', targetUrl: PYTHON, targetFramework: 'ESCO' }],
      },
    });
    const jwt = await signJwt(credential, issuer);
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/cv/badges`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ text: jwt }),
    });
    if (response.status !== 201) throw new Error(`attach failed: ${response.status} ${await response.text()}`);
    const [{ id }] = ((await response.json()) as { attached: { id: string }[] }).attached as [{ id: string }];
    for (;;) {
      const hit = await search.client.search({
        index: aliasFor(search.prefix, 'candidates'),
        size: 0,
        query: { nested: { path: 'badges', query: { term: { 'badges.badge_id': id } } } },
      });
      if (((hit.hits.total as { value: number }).value ?? 0) > 0) break;
      if (performance.now() - started > 30_000) throw new Error('a badge never became searchable');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    samples.push(performance.now() - started);
    await fetch(`${baseUrl}/api/v1/badges/${id}`, { method: 'DELETE', headers: { cookie } });
  }
  return summarise(samples);
}

/** OB 3.0 verification on one core: a first check (eddsa-rdfc-2022, contexts local) and a re-check of the same bytes. */
export async function benchVerification(seconds = 4) {
  const issuer = await didKeyIssuer('bench-verify-issuer');
  const credential = ob3Credential({
    issuer,
    issuerName: 'Bench Academy',
    recipientEmail: 'bench@example.test',
    achievement: {
      id: 'https://bench.example/a',
      name: 'Bench Badge',
      description: 'Measures verification.',
      criteria: 'None.',
      alignments: [{ targetName: 'Python', targetUrl: PYTHON, targetFramework: 'ESCO' }],
    },
  });
  const text = JSON.stringify(await signDataIntegrity(credential, issuer));
  const [decoded] = await decodeCredentials({ source: 'json', text });
  const options = { seeker: { verifiedEmails: ['bench@example.test'], unverifiedEmails: [], dids: [] }, registry: memoryIssuerRegistry([]), now: new Date() };
  const rate = async (run: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await run();
    let n = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      await run();
      n++;
    }
    return n / ((performance.now() - started) / 1000);
  };
  const first = await verifyCredential(decoded!, options);
  if (first.report.state !== 'verified') throw new Error('bench credential did not verify');
  const firstRate = await rate(() => verifyCredential(decoded!, options));
  const recheckRate = await rate(() => verifyCredential(decoded!, { ...options, previous: first.report }));
  return { bytes: text.length, firstPerSecond: firstRate, recheckPerSecond: recheckRate };
}

/** Server render of pages (warm), with the employer's cookie. */
export async function benchPages(baseUrl: string, cookie: string, paths: string[], count: number) {
  const result: Record<string, ReturnType<typeof summarise> & { status: number }> = {};
  for (const path of paths) {
    let status = 0;
    const samples = await measure(
      async () => {
        const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
        status = response.status;
        await response.text();
      },
      count,
      5,
    );
    result[path] = { ...summarise(samples), status };
  }
  return result;
}

export async function benchAutocomplete(baseUrl: string, count: number) {
  const words = ['py', 'python', 'sql', 'data', 'team', 'S5', 'manage', 'customer', 'java', 'cloud', 'welding', 'english'];
  let i = 0;
  return summarise(await measure(() => fetch(`${baseUrl}/api/v1/taxonomy/concepts?q=${words[i++ % words.length]}`).then((r) => r.json()), count, 10));
}
