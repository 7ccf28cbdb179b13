import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows up to the limit in a window, then says how long to wait', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.hit('a', 0)).toBe(0);
    expect(limiter.hit('a', 1)).toBe(0);
    expect(limiter.hit('a', 2)).toBe(60);
    expect(limiter.hit('b', 2)).toBe(0);
  });

  it('starts a fresh window once the old one ends', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('a', 0);
    expect(limiter.hit('a', 10)).toBeGreaterThan(0);
    expect(limiter.hit('a', 1001)).toBe(0);
  });
});
