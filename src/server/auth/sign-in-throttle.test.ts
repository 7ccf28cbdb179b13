// Counters in memory (a PGlite URL selects them) and a fake clock; the Postgres store is covered by sign-up.int.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRateLimitStore } from '@/server/http/rate-limit-store';
import { rateLimitPolicies } from '@/server/http/rate-limits';
import { admitSignIn, FREE_FAILURES, waitAfterFailures } from './sign-in-throttle';

beforeAll(() => {
  vi.stubEnv('DATABASE_URL', 'pglite:.data/unused-by-this-test');
  vi.stubEnv('ELASTICSEARCH_URL', 'http://127.0.0.1:9200');
  vi.stubEnv('NEXTAUTH_SECRET', 'x'.repeat(40));
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T09:00:00Z') });
});
afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  await closeRateLimitStore();
});

let n = 0;
const email = () => `person${++n}@example.test`;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; details?: { retryAfter?: number }; message?: string }) => error,
  );

async function fail(address: string, who: string): Promise<number> {
  return (await admitSignIn(who, address)).failed();
}

describe('waitAfterFailures', () => {
  it('is free for the first tries, then doubles from 1 second up to 15 minutes', () => {
    expect(FREE_FAILURES).toBe(5);
    expect(Array.from({ length: 16 }, (_, i) => waitAfterFailures(i + 1))).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect(waitAfterFailures(1000)).toBe(900);
  });
});

describe('admitSignIn', () => {
  it('lets the free tries through, then makes each try wait for the delay the last failure set', async () => {
    const who = email();
    for (let i = 1; i < FREE_FAILURES; i++) expect(await fail('203.0.113.1', who)).toBe(0);
    expect(await fail('203.0.113.1', who)).toBe(1);
    expect(await refusal(admitSignIn(who, '203.0.113.1'))).toMatchObject({
      code: 'auth:rate_limited',
      details: { retryAfter: 1 },
      message: 'Too many wrong passwords for this email address from your network. Wait 1 second, then try again.',
    });
    vi.advanceTimersByTime(1000);
    expect(await fail('203.0.113.1', who)).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(await refusal(admitSignIn(who, '203.0.113.1'))).toMatchObject({
      details: { retryAfter: 1 },
    });
    vi.advanceTimersByTime(1000);
    // A refused try is not a failure: the next wait is 4 s, not more.
    expect(await fail('203.0.113.1', who)).toBe(4);
  });

  it('keeps a stranger’s failures from the owner at another address, and forgets them after a success', async () => {
    const who = email();
    for (let i = 0; i < 8; i++) {
      vi.advanceTimersByTime(900_000);
      await fail('198.51.100.66', who);
    }
    expect(await refusal(admitSignIn(who, '198.51.100.66'))).toMatchObject({
      code: 'auth:rate_limited',
      details: { retryAfter: 8 },
    });
    // The owner, elsewhere, is let in at once …
    await (await admitSignIn(who, '203.0.113.2')).succeeded();
    // … and a success from the stranger's address (after the wait) starts that address afresh.
    vi.advanceTimersByTime(900_000);
    await (await admitSignIn(who, '198.51.100.66')).succeeded();
    expect(await fail('198.51.100.66', who)).toBe(0);
  });

  it('lets one try at a time through when a burst of concurrent guesses arrives', async () => {
    const who = email();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => admitSignIn(who, '192.0.2.9')));
    // The free tries, plus the one slot of the first wait: the rest are refused before any password is checked.
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(FREE_FAILURES + 1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(
      new Array(20 - FREE_FAILURES - 1).fill('auth:rate_limited'),
    );
  });

  it('stops an address after a day’s worth of failures across accounts, but not another address', async () => {
    const { points } = rateLimitPolicies['sign-in-address'];
    for (let i = 0; i < points; i++) await fail('192.0.2.200', email());
    expect(await refusal(admitSignIn(email(), '192.0.2.200'))).toMatchObject({
      code: 'auth:rate_limited',
      details: { retryAfter: 24 * 3600 },
      message: 'Too many failed sign-ins from your network today. Try again in 24 hours.',
    });
    await expect(admitSignIn(email(), '192.0.2.201')).resolves.toBeDefined();
  });

  it('does not count successful sign-ins against the address', async () => {
    const { points } = rateLimitPolicies['sign-in-address'];
    const who = email();
    for (let i = 0; i < points + 5; i++) await (await admitSignIn(who, '192.0.2.50')).succeeded();
    await expect(admitSignIn(who, '192.0.2.50')).resolves.toBeDefined();
  });
});
