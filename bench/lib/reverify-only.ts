import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { bulkSeed, GENERATED_DOMAIN } from '@/server/demo/generate/bulk-seed';
import { connectLocalPostgres, createDatabaseIfMissing, databaseUrl, LOCAL_POSTGRES_ADMIN_URL } from '@/server/devstack/database';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';
import { benchReverification, reverificationRow } from './reverify-scenario';

const generatedCvs = async (url: string) => {
  const handle = await openDatabase(url, { max: 1 });
  try {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cvs c join users u on u.id = c.user_id where u.email like ${`%@${GENERATED_DOMAIN}`}`,
    );
    return row?.n ?? 0;
  } finally {
    await handle.close();
  }
};

/**
 * `npm run bench -- --only reverify [--size N] [--reverify-badges N]`: the re-verification figure alone, without
 * Elasticsearch or the app. Uses `badgeboard_bench` when it holds exactly `size` CVs; otherwise seeds (once per size)
 * a database of its own, `badgeboard_bench_<size>`, so the main bench data is never re-seeded for a small run.
 */
export async function reverificationOnly(options: { size: number; jobs: number; count: number; log: (line: string) => void }): Promise<void> {
  const { size, jobs, count, log } = options;
  const admin = await connectLocalPostgres();
  if (!admin) throw new Error(`The bench needs the local Postgres at ${LOCAL_POSTGRES_ADMIN_URL}.`);
  const exists = async (name: string) => ((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount ?? 0) > 0;
  let name = 'badgeboard_bench';
  if (!(await exists(name)) || (await generatedCvs(databaseUrl(LOCAL_POSTGRES_ADMIN_URL, name))) !== size) {
    name = `badgeboard_bench_${size}`;
    await createDatabaseIfMissing(admin, name);
  }
  await admin.end();
  const url = databaseUrl(LOCAL_POSTGRES_ADMIN_URL, name);
  await migrateDatabase(url);
  const handle = await openDatabase(url, { max: 6 });
  try {
    if ((await generatedCvs(url)) !== size) {
      log(`seeding ${size.toLocaleString('en-GB')} CVs into ${name} (once per size; ESCO first)`);
      await ensureEscoLoaded(handle.db);
      await handle.db.execute(
        sql`delete from organisations where id in (select org_id from memberships m join users u on u.id = m.user_id where u.email like ${`%@${GENERATED_DOMAIN}`})`,
      );
      await handle.db.execute(sql`delete from users where email like ${`%@${GENERATED_DOMAIN}`}`);
      await bulkSeed(handle.db, { candidates: size, jobs, seed: 42 });
    }
    log(`re-verification on ${name}`);
    const result = await benchReverification(handle.db, { count, log });
    // The bench size is 100,000 CVs; a smaller seed's badges per CV scale up to it.
    const projection = size === 100_000 ? undefined : { candidates: 100_000, badges: Math.round((result.stored * 100_000) / size) };
    const header = `Bench (re-verification only) ${new Date().toISOString().slice(0, 16)} · ${size.toLocaleString('en-GB')} CVs, ${result.stored.toLocaleString('en-GB')} badges · ${os.cpus().length} cores (${os.cpus()[0]?.model}) · Node ${process.version}`;
    console.log(`\n${header}\n\n| measure | result | target |\n| --- | --- | --- |\n${reverificationRow(result, projection)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await handle.close();
  }
}
