import 'server-only';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/server/env';

export type LimiterOptions = {
  points: number;
  durationSeconds: number;
  /**
   * Once a key is over its points, refuse it from this process's memory until its window ends, without asking the
   * database again (a flood then costs no queries). Leave off for counters that are read or rewarded directly.
   */
  blockInMemory?: boolean;
};

/** Where counters live: one limiter per name (its key prefix), all in one store. */
export type RateLimitStore = {
  kind: 'postgres' | 'memory';
  limiter(name: string, options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
};

function memoryLimiter(name: string, options: LimiterOptions): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: name,
    points: options.points,
    duration: options.durationSeconds,
  });
}

function cached(create: (name: string, options: LimiterOptions) => RateLimiterAbstract) {
  const limiters = new Map<string, RateLimiterAbstract>();
  return (name: string, options: LimiterOptions) => {
    let limiter = limiters.get(name);
    if (!limiter) limiters.set(name, (limiter = create(name, options)));
    return limiter;
  };
}

/** Counters in process memory: PGlite (one local process) and the insurance of the Postgres store. */
export function createMemoryRateLimitStore(): RateLimitStore {
  return {
    kind: 'memory',
    limiter: cached(memoryLimiter),
    close: async () => undefined,
  };
}

/**
 * Counters in the `rate_limits` table (rate-limiter-flexible's layout, created by migration 0010, so the app never
 * runs DDL), shared by every app instance. A small pool of its own keeps limit checks off the app's pool (and the
 * app's queries off this one). While Postgres does not answer, each limiter counts in memory instead (its
 * "insurance"), so limits hold per instance rather than failing open or taking the site down with the database.
 */
export function createPostgresRateLimitStore(pool: Pool): RateLimitStore {
  let sweeping = false;
  return {
    kind: 'postgres',
    limiter: cached((name, options) => {
      // One limiter sweeps rows that expired an hour ago (every 5 minutes) for the whole table; the rest need not.
      const clearExpiredByTimeout = !sweeping;
      sweeping = true;
      return new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout,
        keyPrefix: name,
        points: options.points,
        duration: options.durationSeconds,
        ...(options.blockInMemory ? { inMemoryBlockOnConsumed: options.points + 1 } : {}),
        insuranceLimiter: memoryLimiter(name, options),
      });
    }),
    close: () => pool.end(),
  };
}

/** The store for a database URL: PGlite means one local process, so memory is enough (and PGlite has one connection). */
export async function createRateLimitStore(databaseUrl: string): Promise<RateLimitStore> {
  if (databaseUrl.startsWith('pglite:')) return createMemoryRateLimitStore();
  const { Pool } = await import('pg');
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 2,
    idleTimeoutMillis: 30_000,
    // Fail fast to the in-memory insurance rather than hold a request while Postgres is unreachable or stuck.
    connectionTimeoutMillis: 2_000,
    statement_timeout: 2_000,
    application_name: 'badgeboard-rate-limits',
  });
  // An idle connection that drops must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`Rate limits: a Postgres connection failed (${error.message}); counting in memory until it is back.`));
  return createPostgresRateLimitStore(pool);
}

const globalForLimits = globalThis as unknown as {
  badgeboardRateLimitStore?: Promise<RateLimitStore>;
};

/** The process's store (one per process, survives dev hot reloads), chosen from DATABASE_URL. */
export function rateLimitStore(): Promise<RateLimitStore> {
  globalForLimits.badgeboardRateLimitStore ??= createRateLimitStore(env().DATABASE_URL);
  return globalForLimits.badgeboardRateLimitStore;
}

/** Closes the process's store (scripts and tests). */
export async function closeRateLimitStore(): Promise<void> {
  const store = globalForLimits.badgeboardRateLimitStore;
  globalForLimits.badgeboardRateLimitStore = undefined;
  if (store) await (await store).close();
}

/**
 * A counter key that fits the table's `varchar(255)` with any prefix: short keys as they are (readable when
 * debugging), long ones (e.g. holding an email address) as a hash.
 */
export function storeKey(key: string): string {
  return key.length <= 160 ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`;
}
