// Integration: real PostgreSQL. Counters live in `rate_limits`, are shared by every instance of the app, and keep
// limiting (per instance, in memory) while Postgres cannot be reached.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { rateLimits } from '@/server/db/schema';
import { testDatabase, uniqueWord } from '@/server/testing/integration';
import { closeRateLimitStore, createRateLimitStore, rateLimitStore, type RateLimitStore } from './rate-limit-store';
import { consumeRateLimit, rateLimitPolicies } from './rate-limits';

let db: Database;
let close: () => Promise<void>;
const extraStores: RateLimitStore[] = [];
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => {
  await Promise.all(extraStores.map((store) => store.close()));
  await closeRateLimitStore();
  await close();
});

async function store(url: string): Promise<RateLimitStore> {
  const created = await createRateLimitStore(url);
  extraStores.push(created);
  return created;
}

describe('the Postgres rate-limit store', () => {
  it('counts in the rate_limits table and refuses past the policy points', async () => {
    expect((await rateLimitStore()).kind).toBe('postgres');
    const key = `ip:${uniqueWord()}`;
    const { points } = rateLimitPolicies['sign-up'];
    for (let i = 0; i < points; i++) await consumeRateLimit('sign-up', key);
    const [row] = await db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `sign-up:${key}`));
    expect(row?.points).toBe(points);
    expect(row?.expire).toBeGreaterThan(Date.now());
    await expect(consumeRateLimit('sign-up', key)).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
    });
  });

  it('shares counters between app instances (each with its own pool)', async () => {
    const [one, two] = [await store(process.env.DATABASE_URL!), await store(process.env.DATABASE_URL!)];
    const options = { points: 3, durationSeconds: 60 };
    const key = `shared-${uniqueWord()}`;
    await one.limiter('int-shared', options).consume(key);
    await two.limiter('int-shared', options).consume(key);
    await one.limiter('int-shared', options).consume(key);
    await expect(two.limiter('int-shared', options).consume(key)).rejects.toMatchObject({ consumedPoints: 4, remainingPoints: 0 });
  });

  it('keeps limiting in memory while Postgres cannot be reached', async () => {
    // Nothing listens on port 1: every query fails fast, and the limiter's in-memory insurance answers instead.
    const unreachable = await store('postgres://postgres@127.0.0.1:1/nowhere');
    const limiter = unreachable.limiter('int-insured', {
      points: 2,
      durationSeconds: 60,
    });
    await expect(limiter.consume('k')).resolves.toMatchObject({
      consumedPoints: 1,
    });
    await expect(limiter.consume('k')).resolves.toMatchObject({
      consumedPoints: 2,
    });
    await expect(limiter.consume('k')).rejects.toMatchObject({
      consumedPoints: 3,
    });
  });
});
