// The process store is chosen from DATABASE_URL: a PGlite URL means counters in memory (no database needed here).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRateLimitStore, rateLimitStore, storeKey } from './rate-limit-store';
import { consumeRateLimit, emailKey, formatWait, rateLimitPolicies } from './rate-limits';

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

describe('formatWait', () => {
  it('rounds up to a unit a person reads', () => {
    expect([0.2, 1, 59, 60, 61, 3599, 3600, 5400, 86400].map(formatWait)).toEqual([
      '1 second',
      '1 second',
      '59 seconds',
      '1 minute',
      '2 minutes',
      '60 minutes',
      '1 hour',
      '2 hours',
      '24 hours',
    ]);
  });
});

describe('consumeRateLimit', () => {
  it('uses memory counters on PGlite', async () => {
    expect((await rateLimitStore()).kind).toBe('memory');
  });

  it('allows the policy points per window and key, then refuses with a 429 saying how long to wait', async () => {
    const { points, durationSeconds } = rateLimitPolicies['sign-up-mail'];
    for (let i = 0; i < points; i++) await consumeRateLimit('sign-up-mail', 'email:a');
    const refused = await consumeRateLimit('sign-up-mail', 'email:a').catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'rate_limited',
      status: 429,
      details: { retryAfter: durationSeconds },
      message: 'Too many requests. Try again in 1 hour.',
    });
    // Other keys and other policies count on their own.
    await expect(consumeRateLimit('sign-up-mail', 'email:b')).resolves.toBeUndefined();
    await expect(consumeRateLimit('sign-up', 'email:a')).resolves.toBeUndefined();
  });

  it('words the refusal for its place, and counts again once the window is over', async () => {
    const { points, durationSeconds } = rateLimitPolicies['email-resend'];
    for (let i = 0; i < points; i++) await consumeRateLimit('email-resend', 'user:1');
    vi.advanceTimersByTime((durationSeconds - 90) * 1000);
    await expect(
      consumeRateLimit('email-resend', 'user:1', {
        message: (wait) => `Check your inbox, or try again in ${wait}.`,
      }),
    ).rejects.toMatchObject({
      message: 'Check your inbox, or try again in 2 minutes.',
      details: { retryAfter: 90 },
    });
    vi.advanceTimersByTime(91_000);
    await expect(consumeRateLimit('email-resend', 'user:1')).resolves.toBeUndefined();
  });
});

describe('keys', () => {
  it('fit the table and keep email addresses out of it', () => {
    expect(storeKey('ip:203.0.113.7')).toBe('ip:203.0.113.7');
    expect(storeKey('x'.repeat(300))).toMatch(/^sha256:[\w-]{43}$/);
    expect(emailKey(' Iona@Example.test ')).toBe(emailKey('iona@example.test'));
    expect(emailKey('iona@example.test')).not.toContain('iona');
  });
});
