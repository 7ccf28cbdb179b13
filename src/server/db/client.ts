import 'server-only';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; services take `Database | Tx` so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

type Handle = { db: Database; close: () => Promise<void>; kind: 'postgres' | 'pglite' };

/**
 * Opens the database named by a URL: `postgres://…` (node-postgres pool) or `pglite:<dir>`
 * (embedded PGlite, one connection, for machines without a Postgres server).
 */
export async function openDatabase(url: string, options: { max?: number } = {}): Promise<Handle> {
  if (url.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create(url.slice('pglite:'.length) || '.data/pglite');
    return { db: drizzle(client, { schema }) as unknown as Database, close: () => client.close(), kind: 'pglite' };
  }
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: options.max ?? 10 });
  return { db: drizzle(pool, { schema }) as unknown as Database, close: () => pool.end(), kind: 'postgres' };
}

const globalForDb = globalThis as unknown as { badgeboardDb?: Promise<Handle> };

/** The app's shared database handle (one per process, survives dev hot reloads). */
export async function getDb(): Promise<Database> {
  if (!globalForDb.badgeboardDb) {
    const { env } = await import('../env');
    globalForDb.badgeboardDb = openDatabase(env().DATABASE_URL);
  }
  return (await globalForDb.badgeboardDb).db;
}

/** Closes the shared handle (scripts and tests). */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.badgeboardDb;
  globalForDb.badgeboardDb = undefined;
  if (handle) await (await handle).close();
}

/** Rows of a raw SQL query (node-postgres and PGlite both answer with `{ rows }`). */
export async function queryRows<T>(db: Database | Tx, query: import('drizzle-orm').SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
