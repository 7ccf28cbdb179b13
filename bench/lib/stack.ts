import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { bulkSeed, GENERATED_DOMAIN } from '@/server/demo/generate/bulk-seed';
import { connectLocalPostgres, createDatabaseIfMissing, databaseUrl, LOCAL_POSTGRES_ADMIN_URL } from '@/server/devstack/database';
import { ensureLocalElasticsearch } from '@/server/devstack/elasticsearch-node';
import { ensureProductionBuild } from '@/server/devstack/next-build';
import { progressBar } from '@/server/devstack/progress';
import { prepareIndices } from '@/server/devstack/search-setup';
import { createSearchClient } from '@/server/search/client';
import { reindex } from '@/server/search/sync/reindex';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';

export const BENCH_PREFIX = 'bench_';
export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

/** A bench database with exactly `size` generated CVs (re-seeded when the size differs), indexed. */
export async function benchDatabase(esUrl: string, size: number, jobs: number, log: (line: string) => void) {
  const admin = await connectLocalPostgres();
  if (!admin) throw new Error(`The bench needs the local Postgres at ${LOCAL_POSTGRES_ADMIN_URL}.`);
  await createDatabaseIfMissing(admin, 'badgeboard_bench');
  await admin.end();
  const url = databaseUrl(LOCAL_POSTGRES_ADMIN_URL, 'badgeboard_bench');
  await migrateDatabase(url);
  const handle = await openDatabase(url, { max: 6 });
  const search = createSearchClient({ url: esUrl, indexPrefix: BENCH_PREFIX }, { requestTimeout: 120_000 });
  await ensureEscoLoaded(handle.db);
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from cvs c join users u on u.id = c.user_id where u.email like ${`%@${GENERATED_DOMAIN}`}`,
  );
  let seedSeconds: number | null = null;
  if (row?.n !== size) {
    log(`seeding ${size.toLocaleString('en-GB')} CVs and ${jobs.toLocaleString('en-GB')} jobs into badgeboard_bench (once per size)`);
    await handle.db.execute(
      sql`delete from organisations where id in (select org_id from memberships m join users u on u.id = m.user_id where u.email like ${`%@${GENERATED_DOMAIN}`})`,
    );
    await handle.db.execute(sql`delete from users where email like ${`%@${GENERATED_DOMAIN}`}`);
    const started = performance.now();
    const bar = progressBar('  seeding', { total: size, unit: 'CVs' });
    await bulkSeed(handle.db, { candidates: size, jobs, seed: 42, onProgress: (phase, done, total) => phase === 'candidates' && bar.update(done, total) });
    bar.done(size);
    seedSeconds = (performance.now() - started) / 1000;
    await prepareIndices(handle.db, search);
    // The bulk path writes no outbox rows: build both indices from Postgres.
    await reindex(handle.db, search, 'candidates');
    await reindex(handle.db, search, 'jobs');
  } else {
    await prepareIndices(handle.db, search);
  }
  return { url, handle, search, seedSeconds };
}

/**
 * Starts the production build against the bench database; returns its URL and the server's pid (for RSS). The app
 * drains its outbox (the write-lag figure) but does not re-verify: that is measured on its own, on a copy, and the
 * seeded badges have no status lists to re-check against.
 */
export async function startApp(
  databaseUrlValue: string,
  esUrl: string,
  port: number,
): Promise<{ baseUrl: string; child: ChildProcess; stop: () => Promise<void> }> {
  await ensureProductionBuild(process.cwd());
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrlValue,
      ELASTICSEARCH_URL: esUrl,
      ELASTICSEARCH_INDEX_PREFIX: BENCH_PREFIX,
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      BADGEBOARD_BACKGROUND: 'outbox',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('The app did not start for the bench.');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    baseUrl,
    child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
}

export async function benchElasticsearch() {
  return process.env.ELASTICSEARCH_URL
    ? { url: process.env.ELASTICSEARCH_URL, stop: async () => undefined }
    : ensureLocalElasticsearch(process.cwd(), { heap: '1g' });
}

/** Peak resident memory (VmHWM) of a process, in MB. */
export async function peakRssMb(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : null;
}
