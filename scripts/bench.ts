/**
 * npm run bench [-- --size 100000] [--jobs 5000] [--quick] [--reverify-badges 4000] [--only reverify]
 * Seeds a bench database once per size, starts the production build against it, and measures the targets
 * of DESIGN.md §6 — through the app and straight against Elasticsearch — on 127.0.0.1 only, in bounded loops.
 * Prints one table and writes bench/results/<date>.json and .md. `--only reverify` measures scheduled
 * re-verification alone (no Elasticsearch, no app, nothing written to bench/results), e.g. on a small `--size`.
 */
import '@/server/devstack/react-server-condition';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/server/db/client';
import { benchAutocomplete, benchJobMatching, benchPages, benchVerification, benchWriteLag } from '../bench/lib/other-scenarios';
import { reverificationOnly } from '../bench/lib/reverify-only';
import { benchReverification, reverificationRow } from '../bench/lib/reverify-scenario';
import { benchCandidateSearch } from '../bench/lib/search-scenarios';
import { signInOverHttp } from '../bench/lib/session';
import { benchDatabase, benchElasticsearch, peakRssMb, startApp } from '../bench/lib/stack';
import { ms } from '../bench/lib/stats';
import { GENERATED_DOMAIN } from '@/server/demo/generate/bulk-seed';
import { ES_VERSION } from '@/server/devstack/elasticsearch-node';
import { reindex } from '@/server/search/sync/reindex';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const quick = args.includes('--quick');
const size = option('size', 100_000);
const jobs = option('jobs', Math.round(size / 20));
const n = quick ? 40 : 200;
const log = (line: string) => console.log(`· ${line}`);
const reverifyCount = option('reverify-badges', quick ? 1000 : 4000);

if (args.includes('--only')) {
  const part = args[args.indexOf('--only') + 1];
  if (part !== 'reverify') {
    console.error(`--only ${part ?? ''}: the only part that runs alone is \`reverify\`.`);
    process.exit(2);
  }
  await reverificationOnly({ size, jobs, count: reverifyCount, log });
  process.exit(0);
}

const started = performance.now();
const es = await benchElasticsearch();
log(`Elasticsearch at ${es.url}`);
const { url, handle, search, seedSeconds } = await benchDatabase(es.url, size, jobs, log);
const app = await startApp(url, es.url, 3300);
log(`app at ${app.baseUrl} (pid ${app.child.pid})`);
try {
  const employer = await signInOverHttp(app.baseUrl, `employer-0@${GENERATED_DOMAIN}`, 'badgeboard-demo');
  const [seekerRow] = await queryRows<{ cv_id: string; email: string }>(
    handle.db,
    sql`select c.id as cv_id, u.email from cvs c join users u on u.id = c.user_id where u.email like ${`%@${GENERATED_DOMAIN}`} and u.email_verified_at is not null and c.visibility <> 'hidden' order by u.email limit 1`,
  );
  const seeker = await signInOverHttp(app.baseUrl, seekerRow!.email, 'badgeboard-demo');
  const [job] = await queryRows<{ id: string }>(handle.db, sql`select id from jobs where status = 'published' limit 1`);

  log('candidate search: app vs Elasticsearch');
  const searchRows = await benchCandidateSearch(handle.db, search, app.baseUrl, employer, n);
  log('job matching');
  const matching = await benchJobMatching(handle.db, search, quick ? 20 : 100);
  log('write-to-searchable lag');
  const lag = await benchWriteLag(handle.db, search, app.baseUrl, seeker, { cvId: seekerRow!.cv_id, email: seekerRow!.email }, quick ? 8 : 25);
  log('page render');
  const pages = await benchPages(app.baseUrl, employer, ['/candidates?req=skill:S5', `/jobs/${job?.id ?? 'none'}`], quick ? 15 : 40);
  log('taxonomy autocomplete');
  const autocomplete = await benchAutocomplete(app.baseUrl, quick ? 50 : 200);
  log('OB 3.0 verification (one core)');
  const verification = await benchVerification(quick ? 2 : 4);
  log('scheduled re-verification (on a copy of the seeded badges)');
  const reverification = await benchReverification(handle.db, { count: reverifyCount, log });
  log('bulk reindex from Postgres');
  const rebuilt = await reindex(handle.db, search, 'candidates');
  const appRss = app.child.pid ? await peakRssMb(app.child.pid) : null;
  const jvm = (await search.client.nodes.stats({ metric: 'jvm' })).nodes;
  const heap = Object.values(jvm)[0]?.jvm?.mem;

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      elasticsearch: ES_VERSION,
    },
    size: { candidates: size, jobs, seedSeconds },
    candidateSearch: searchRows,
    jobMatching: matching,
    writeLag: lag,
    reindex: { documents: rebuilt.documents, seconds: rebuilt.seconds, perSecond: rebuilt.documents / rebuilt.seconds },
    verification,
    reverification,
    pages,
    autocomplete,
    memory: {
      appPeakRssMb: appRss,
      esHeapUsedMb: heap ? (heap.heap_used_in_bytes ?? 0) / 2 ** 20 : null,
      esHeapMaxMb: heap ? (heap.heap_max_in_bytes ?? 0) / 2 ** 20 : null,
    },
    seconds: (performance.now() - started) / 1000,
  };
  const check = (ok: boolean) => (ok ? '✓' : '✗');
  const lines = [
    `| measure | result | target |`,
    `| --- | --- | --- |`,
    ...searchRows.map(
      (row) =>
        `| search: ${row.name} (${row.hits.toLocaleString('en-GB')} hits) | app p50 ${ms(row.app.p50)} · p95 ${ms(row.app.p95)} · p99 ${ms(row.app.p99)}; ES p50 ${ms(row.direct.p50)} · p95 ${ms(row.direct.p95)}; ratio ${row.ratioP95.toFixed(2)}× | ${check(row.ratioP95 <= 1.2 && row.app.p95 < 60)} p95 ≤ 1.2× ES and < 60 ms |`,
    ),
    `| roles I qualify for | p50 ${ms(matching.p50)} · p95 ${ms(matching.p95)} (${matching.averageRoles.toFixed(1)} roles each) | – |`,
    `| write → searchable | p50 ${ms(lag.p50)} · p95 ${ms(lag.p95)} | ${check(lag.p95 <= 2000)} p95 ≤ 2 s |`,
    `| bulk reindex | ${Math.round(results.reindex.perSecond).toLocaleString('en-GB')} CVs/s (${rebuilt.documents.toLocaleString('en-GB')} in ${rebuilt.seconds.toFixed(1)} s) | ${check(results.reindex.perSecond >= 5000)} ≥ 5,000/s |`,
    `| OB 3.0 verify, eddsa-rdfc-2022, ${verification.bytes} B | ${verification.firstPerSecond.toFixed(0)}/s on one core | ${check(verification.firstPerSecond >= 150)} ≥ 150/s |`,
    reverificationRow(reverification),
    `| re-verification (cached proof) | ${verification.recheckPerSecond.toFixed(0)}/s (${(verification.recheckPerSecond / verification.firstPerSecond).toFixed(0)}× faster) | ${check(verification.recheckPerSecond >= 10 * verification.firstPerSecond)} ≥ 10× |`,
    ...Object.entries(pages).map(
      ([path, page]) =>
        `| page ${path.split('?')[0]} (HTTP ${page.status}) | p50 ${ms(page.p50)} · p95 ${ms(page.p95)} | ${check(page.p95 < 200)} p95 < 200 ms |`,
    ),
    `| taxonomy autocomplete | p50 ${ms(autocomplete.p50)} · p95 ${ms(autocomplete.p95)} | ${check(autocomplete.p95 < 30)} p95 < 30 ms |`,
    `| memory | app peak RSS ${appRss?.toFixed(0) ?? '?'} MB · ES heap ${results.memory.esHeapUsedMb?.toFixed(0)} / ${results.memory.esHeapMaxMb?.toFixed(0)} MB | – |`,
  ];
  const header = `Bench ${results.date.slice(0, 16)} · ${size.toLocaleString('en-GB')} CVs, ${jobs.toLocaleString('en-GB')} jobs · ${results.machine.cpus} cores (${results.machine.model}) · Node ${process.version} · Elasticsearch ${ES_VERSION}${seedSeconds ? ` · seeded in ${seedSeconds.toFixed(0)} s` : ''}`;
  console.log(`\n${header}\n\n${lines.join('\n')}\n\nTotal ${results.seconds.toFixed(0)} s.`);
  mkdirSync('bench/results', { recursive: true });
  const stamp = results.date.slice(0, 19).replace(/[:T]/g, '-');
  writeFileSync(`bench/results/${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`bench/results/${stamp}.md`, `${header}\n\n${lines.join('\n')}\n`);
} finally {
  await app.stop();
  await handle.close();
  await es.stop();
}
