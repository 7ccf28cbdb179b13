/**
 * `npm test`: static checks (lint, format, types), unit tests, integration tests against the real Postgres and
 * Elasticsearch, and Playwright e2e against the built site. Each run gets its own databases and index prefix, removed
 * afterwards. `--only static|unit|integration|e2e` runs one part.
 */
import '@/server/devstack/react-server-condition';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { connectLocalPostgres, createDatabaseIfMissing, databaseUrl, LOCAL_POSTGRES_ADMIN_URL } from '@/server/devstack/database';
import { ensureLocalElasticsearch } from '@/server/devstack/elasticsearch-node';
import { ensureProductionBuild } from '@/server/devstack/next-build';
import { drainAll, prepareIndices } from '@/server/devstack/search-setup';
import { seedDemoData } from '@/server/demo/seed-demo';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';
import { writeE2eBadge, writeE2eTrustFixtures } from '@/server/badges/issuing/e2e-fixtures';
import { createSearchClient } from '@/server/search/client';

const root = process.cwd();
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const wants = (part: string) => !only || only === part;
// `npm run test:e2e -- e2e/wallet.spec.ts`: only these Playwright specs (paths or name filters).
const specFilters = process.argv.slice(2).filter((arg, i, all) => arg !== '--only' && all[i - 1] !== '--only' && !arg.startsWith('-'));
const runId = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
const reports = path.join(root, 'test-results');
const cleanups: (() => Promise<void>)[] = [];
const tally = { passed: 0, failed: 0, skipped: 0 };

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function countVitest(file: string): void {
  if (!existsSync(file)) return void (tally.failed += 1);
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string): void {
  if (!existsSync(file)) return void (tally.failed += 1);
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected + (report.errors?.length ?? 0);
  tally.skipped += report.stats.skipped;
}

async function vitest(project: string, env: Record<string, string>): Promise<void> {
  const file = path.join(reports, `vitest-${project}.json`);
  rmSync(file, { force: true });
  await run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  countVitest(file);
}

async function freshDatabase(kind: string): Promise<string> {
  const admin = await connectLocalPostgres();
  if (!admin)
    throw new Error(`Integration and e2e tests need a real PostgreSQL server; none answered at ${LOCAL_POSTGRES_ADMIN_URL} (set LOCAL_POSTGRES_URL).`);
  const name = `bb_${kind}_${runId}`;
  await createDatabaseIfMissing(admin, name);
  await admin.end();
  cleanups.push(async () => {
    const again = await connectLocalPostgres();
    await again?.query(`drop database if exists ${name} with (force)`);
    await again?.end();
  });
  const url = databaseUrl(LOCAL_POSTGRES_ADMIN_URL, name);
  await migrateDatabase(url);
  const handle = await openDatabase(url, { max: 1 });
  await ensureEscoLoaded(handle.db);
  await handle.close();
  return url;
}

/** Lint, format and types, each one check in the tally: a failure fails the run, and the later parts still run. */
async function staticChecks(): Promise<void> {
  for (const script of ['lint', 'format:check', 'typecheck']) {
    const started = performance.now();
    const code = await run('npm', ['run', '--silent', script], {});
    console.log(`${code === 0 ? '✓' : '✗'} npm run ${script} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    if (code === 0) tally.passed += 1;
    else tally.failed += 1;
  }
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  if (wants('static')) await staticChecks();
  if (wants('unit')) await vitest('unit', {});
  if (!wants('integration') && !wants('e2e')) return;

  const es = process.env.ELASTICSEARCH_URL
    ? { url: process.env.ELASTICSEARCH_URL, startedHere: false, stop: async () => undefined, detail: 'ELASTICSEARCH_URL' }
    : await ensureLocalElasticsearch(root, { port: Number(process.env.ES_PORT ?? 9200), log: (line) => console.log(`[elasticsearch] ${line}`) });
  console.log(`[elasticsearch] ${es.detail}`);
  if (es.startedHere) cleanups.push(es.stop);
  const dropIndices = (prefix: string) => async () => {
    const search = createSearchClient({ url: es.url, apiKey: process.env.ELASTICSEARCH_API_KEY, indexPrefix: prefix });
    const indices = Object.keys(await search.client.indices.get({ index: `${prefix}*`, allow_no_indices: true, ignore_unavailable: true }));
    if (indices.length) await search.client.indices.delete({ index: indices });
  };
  const base = { ELASTICSEARCH_URL: es.url, NEXTAUTH_SECRET: `test-secret-${runId}-0123456789abcdef` };

  if (wants('integration')) {
    const prefix = `bbt_${runId}_`;
    cleanups.push(dropIndices(prefix));
    await vitest('integration', { ...base, DATABASE_URL: await freshDatabase('test'), ELASTICSEARCH_INDEX_PREFIX: prefix, NODE_ENV: 'test' });
  }

  if (wants('e2e')) {
    const prefix = `bbe_${runId}_`;
    cleanups.push(dropIndices(prefix));
    const url = await freshDatabase('e2e');
    const handle = await openDatabase(url, { max: 2 });
    const search = createSearchClient({ url: es.url, indexPrefix: prefix });
    await prepareIndices(handle.db, search);
    await seedDemoData(handle.db);
    await drainAll(handle.db, search);
    await handle.close();
    await ensureProductionBuild(root);
    const port = Number(process.env.E2E_PORT ?? 3210);
    const serverEnv = {
      ...process.env,
      ...base,
      DATABASE_URL: url,
      ELASTICSEARCH_INDEX_PREFIX: prefix,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NODE_ENV: 'production' as const,
      BADGEBOARD_LOCAL_MODE: '1',
    };
    // Through our server (scripts/serve.ts), as in production: it records each client's address for the rate limits.
    const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port)], {
      env: serverEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let serverLog = '';
    server.stdout.on('data', (chunk) => (serverLog += chunk));
    server.stderr.on('data', (chunk) => (serverLog += chunk));
    cleanups.push(async () => {
      if (server.exitCode === null && server.pid) {
        process.kill(-server.pid, 'SIGTERM');
        await new Promise((resolve) => server.once('exit', resolve));
      }
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`The site did not start for e2e:\n${serverLog.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const badgeEmail = `badge-seeker-${runId}@example.test`;
    const badgePng = await writeE2eBadge(path.join(reports, 'e2e-fixtures'), badgeEmail);
    const trustEmail = `trust-seeker-${runId}@example.test`;
    const trust = await writeE2eTrustFixtures(path.join(reports, 'e2e-fixtures'), trustEmail);
    // A badge issued to a seeker's second address (its own folder: the file name is the same as the first badge's).
    const secondEmail = `second-address-${runId}@example.test`;
    const secondEmailBadge = await writeE2eBadge(path.join(reports, 'e2e-fixtures', 'second-email'), secondEmail);
    const file = path.join(reports, 'playwright.json');
    rmSync(file, { force: true });
    const code = await run('npx', ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...specFilters.map((spec) => spec.replace(/^e2e\//, ''))], {
      E2E_BASE_URL: `http://localhost:${port}`,
      E2E_ELASTICSEARCH_URL: es.url,
      E2E_INDEX_PREFIX: prefix,
      E2E_DATABASE_URL: url,
      E2E_BADGE_EMAIL: badgeEmail,
      E2E_BADGE_PNG: badgePng,
      E2E_TRUST_EMAIL: trustEmail,
      E2E_TRUST_IMPOSTOR: trust.impostor,
      E2E_TRUST_TAMPERED: trust.tampered,
      E2E_TRUST_HONEST: trust.honest,
      E2E_SECOND_EMAIL: secondEmail,
      E2E_SECOND_EMAIL_BADGE: secondEmailBadge,
      PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    });
    countPlaywright(file);
    if (code !== 0 && tally.failed === 0) tally.failed += 1;
    if (code !== 0) console.log(`--- last lines of the site's log ---\n${serverLog.slice(-4000)}`);
  }
}

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
}
for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.warn(`cleanup: ${error instanceof Error ? error.message : error}`));
console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(crashed || tally.failed > 0 ? 1 : 0);
