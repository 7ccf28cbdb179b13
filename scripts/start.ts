/**
 * `npm start`: provisions what is missing (Elasticsearch, database, migrations, demo data, local secret),
 * builds if the sources changed, and serves the site (through scripts/serve.ts). `--dev` serves in development mode.
 */
import '@/server/devstack/react-server-condition';
import { spawn } from 'node:child_process';
import { openDatabase } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { chooseDatabase } from '@/server/devstack/database';
import { ensureLocalElasticsearch, probeElasticsearch } from '@/server/devstack/elasticsearch-node';
import { ensureProductionBuild } from '@/server/devstack/next-build';
import { progressBar, stepper } from '@/server/devstack/progress';
import { drainAll, prepareIndices } from '@/server/devstack/search-setup';
import { ensureLocalSecret } from '@/server/devstack/secrets';
import { DEMO_PASSWORD, demoAdmin, demoEmployers, demoSeekers } from '@/server/demo/demo-accounts';
import { seedDemoData } from '@/server/demo/seed-demo';
import { createSearchClient } from '@/server/search/client';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const cleanups: (() => Promise<void>)[] = [];
const started: string[] = [];

async function shutdown(code: number): Promise<never> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}

async function main() {
  console.log(`\nBadgeboard — ${dev ? 'development server' : 'production build'} with demo data\n`);
  const step = stepper(dev ? 6 : 7);

  const elasticsearch = await step(
    'Elasticsearch',
    async () => {
      const configured = process.env.ELASTICSEARCH_URL;
      if (configured) {
        if (!process.env.ELASTICSEARCH_API_KEY && !(await probeElasticsearch(configured, 5000))) {
          throw new Error(
            `ELASTICSEARCH_URL is set to ${configured} but no Elasticsearch answered there. Start it, or unset ELASTICSEARCH_URL to let npm start run a local node.`,
          );
        }
        return { url: configured, startedHere: false, stop: async () => undefined, detail: `using ELASTICSEARCH_URL (${new URL(configured).host})` };
      }
      return ensureLocalElasticsearch(root, { port: Number(process.env.ES_PORT ?? 9200), log: (line) => console.log(`      ${line}`) });
    },
    (node) => node.detail,
  );
  if (elasticsearch.startedHere) {
    cleanups.push(elasticsearch.stop);
    started.push(elasticsearch.detail);
  }

  const database = await step('Database', chooseDatabase, (choice) => choice.detail);
  if (database.kind !== 'configured') started.push(database.detail);
  await step(
    'Migrations',
    () => migrateDatabase(database.url),
    () => 'schema is up to date',
  );

  await step(
    'Skills taxonomy (ESCO v1.2.0)',
    async () => {
      const handle = await openDatabase(database.url, { max: 1 });
      try {
        const bar = progressBar('      ESCO', { unit: 'rows' });
        const summary = await ensureEscoLoaded(handle.db, (phase, done, total) => phase === 'concepts' && bar.update(done, total));
        if (summary) bar.done(summary.concepts, 'concepts');
        return summary;
      } finally {
        await handle.close();
      }
    },
    (summary) => (summary ? `loaded ${summary.concepts.toLocaleString('en-GB')} concepts, ${summary.edges.toLocaleString('en-GB')} links` : 'already loaded'),
  );

  const secret = ensureLocalSecret(root);
  if (secret.created) started.push('wrote a new NEXTAUTH_SECRET to .env.local');

  const search = createSearchClient({
    url: elasticsearch.url,
    apiKey: process.env.ELASTICSEARCH_API_KEY,
    indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'badgeboard_',
  });
  await step(
    'Search indices and demo data',
    async () => {
      const handle = await openDatabase(database.url, { max: 2 });
      try {
        const notes = await prepareIndices(handle.db, search);
        const bar = progressBar('      demo accounts', { unit: 'accounts' });
        const seeded = await seedDemoData(handle.db, (done, total) => bar.update(done, total));
        if (seeded.seeded) bar.done(seeded.accounts);
        const indexed = await drainAll(handle.db, search);
        return `${notes.join('; ')}; ${seeded.seeded ? `seeded ${seeded.accounts} demo accounts with ${seeded.badges} signed badges` : 'existing data kept'}; ${indexed} change(s) indexed`;
      } finally {
        await handle.close();
      }
    },
    (summary) => summary,
  );

  if (!dev)
    await step(
      'Production build',
      () => ensureProductionBuild(root),
      (result) => (result === 'reused' ? 'sources unchanged: reused the last build' : 'built'),
    );

  const env = {
    ...process.env,
    NODE_ENV: (dev ? 'development' : 'production') as 'development' | 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database.url,
    ELASTICSEARCH_URL: elasticsearch.url,
    NEXTAUTH_SECRET: secret.secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    BADGEBOARD_LOCAL_MODE: process.env.BADGEBOARD_LOCAL_MODE ?? '1',
  };
  const server = await step(
    'Web server',
    async () => {
      // Our server in front of Next.js records each client's real address (scripts/serve.ts); its own process group,
      // so stopping it stops everything it started.
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...(dev ? ['--dev'] : []), '-p', String(port)], {
        env,
        stdio: ['ignore', 'inherit', 'inherit'],
        detached: true,
      });
      cleanups.push(async () => {
        if (child.exitCode !== null || !child.pid) return;
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      });
      child.on('exit', (code) => {
        console.error(`The web server stopped (exit ${code}).`);
        void shutdown(code ?? 1);
      });
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) });
          if (response.status < 500) return child;
        } catch {
          /* not listening yet */
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`The web server did not answer on port ${port} within 2 minutes (is the port taken? set PORT).`);
    },
    () => `listening on port ${port}`,
  );
  void server;

  console.log(`
────────────────────────────────────────────────────────────
  Badgeboard is running at  http://localhost:${port}

  Demo logins (password for all: ${DEMO_PASSWORD})
    employer  ${demoEmployers[0]!.email}   (${demoEmployers[0]!.organisationName})
    seeker    ${demoSeekers[0]!.email}
    admin     ${demoAdmin.email}   (known issuers: /admin/issuers)

  Started here: ${started.length ? `\n    - ${started.join('\n    - ')}` : 'nothing (everything was already running)'}
  Health: http://localhost:${port}/api/health      Stop: Ctrl-C
────────────────────────────────────────────────────────────
`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
