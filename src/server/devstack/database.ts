import 'server-only';
import { Client } from 'pg';

export type DatabaseChoice = { url: string; kind: 'configured' | 'local-postgres' | 'pglite'; detail: string };

export const LOCAL_POSTGRES_ADMIN_URL = process.env.LOCAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Connects to the local Postgres server's admin database, or returns null when none answers. */
export async function connectLocalPostgres(): Promise<Client | null> {
  const client = new Client({ connectionString: LOCAL_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return null;
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database if it does not exist (names are ours: lower-case letters, digits, _). */
export async function createDatabaseIfMissing(admin: Client, name: string): Promise<boolean> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to create a database named "${name}"`);
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount) return false;
  await admin.query(`create database ${name}`);
  return true;
}

/** DATABASE_URL when set; else the local Postgres (database `badgeboard`); else embedded PGlite under .data/. */
export async function chooseDatabase(): Promise<DatabaseChoice> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, kind: 'configured', detail: 'the database in DATABASE_URL' };
  const admin = await connectLocalPostgres();
  if (admin) {
    try {
      const created = await createDatabaseIfMissing(admin, 'badgeboard');
      const url = databaseUrl(LOCAL_POSTGRES_ADMIN_URL, 'badgeboard');
      return { url, kind: 'local-postgres', detail: `${created ? 'created' : 'used'} database "badgeboard" on the local Postgres (127.0.0.1:5432)` };
    } finally {
      await admin.end();
    }
  }
  return { url: 'pglite:.data/pglite', kind: 'pglite', detail: 'no Postgres answered: using the embedded PGlite store in .data/pglite' };
}
