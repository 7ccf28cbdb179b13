/**
 * npm run seed -- --candidates 100000 --jobs 5000 [--seed 42] [--reset]
 * Deterministic generated data at scale (real signed VC-JWT badges), written by the bulk path, then indexed
 * with a full reindex. Uses the database npm start uses (DATABASE_URL, else the local Postgres, else PGlite).
 */
import '@/server/devstack/react-server-condition';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { chooseDatabase } from '@/server/devstack/database';
import { ensureLocalElasticsearch } from '@/server/devstack/elasticsearch-node';
import { progressBar } from '@/server/devstack/progress';
import { prepareIndices } from '@/server/devstack/search-setup';
import { bulkSeed, GENERATED_DOMAIN } from '@/server/demo/generate/bulk-seed';
import { createSearchClient } from '@/server/search/client';
import { reindex } from '@/server/search/sync/reindex';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';

const args = process.argv.slice(2);
const number = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number (got "${args[index + 1]}").`);
    process.exit(2);
  }
  return value;
};
const options = { candidates: number('candidates', 1000), jobs: number('jobs', 100), seed: number('seed', 42) };

const database = await chooseDatabase();
await migrateDatabase(database.url);
const handle = await openDatabase(database.url, { max: 4 });
const es = process.env.ELASTICSEARCH_URL ? { url: process.env.ELASTICSEARCH_URL, stop: async () => undefined } : await ensureLocalElasticsearch(process.cwd());
const search = createSearchClient(
  { url: es.url, apiKey: process.env.ELASTICSEARCH_API_KEY, indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'badgeboard_' },
  { requestTimeout: 120_000 },
);
try {
  await ensureEscoLoaded(handle.db);
  const [existing] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from users where email like ${`%@${GENERATED_DOMAIN}`}`);
  const count = existing?.n ?? 0;
  if (count > 0) {
    if (!args.includes('--reset')) {
      console.error(`The database already holds ${count.toLocaleString('en-GB')} generated accounts. Run with --reset to replace them.`);
      process.exit(1);
    }
    console.log(`Removing ${count.toLocaleString('en-GB')} generated accounts …`);
    await handle.db.execute(
      sql`delete from organisations where id in (select org_id from memberships m join users u on u.id = m.user_id where u.email like ${`%@${GENERATED_DOMAIN}`})`,
    );
    await handle.db.execute(sql`delete from users where email like ${`%@${GENERATED_DOMAIN}`}`);
  }
  console.log(
    `Generating ${options.candidates.toLocaleString('en-GB')} candidates and ${options.jobs.toLocaleString('en-GB')} jobs (seed ${options.seed}) into ${database.detail}`,
  );
  const started = performance.now();
  const bars = {
    candidates: progressBar('  candidates', { total: options.candidates, unit: 'CVs' }),
    jobs: progressBar('  jobs      ', { total: options.jobs, unit: 'jobs' }),
  };
  const result = await bulkSeed(handle.db, { ...options, onProgress: (phase, done, total) => bars[phase].update(done, total) });
  bars.candidates.done(result.candidates, `${result.badges.toLocaleString('en-GB')} signed badges from ${result.issuers} issuers`);
  bars.jobs.done(result.jobs);
  await prepareIndices(handle.db, search);
  for (const name of ['candidates', 'jobs'] as const) {
    const bar = progressBar(`  index ${name.padEnd(10)}`, { unit: 'docs' });
    const indexed = await reindex(handle.db, search, name, { onProgress: (done, total) => bar.update(done, total) });
    bar.done(indexed.documents, `${Math.round(indexed.documents / indexed.seconds).toLocaleString('en-GB')}/s into ${indexed.index}`);
  }
  console.log(`✓ Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await handle.close();
  await es.stop();
}
