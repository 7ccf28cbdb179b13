import { describe, expect, it } from 'vitest';
import { boundedUserAgent, isLastSeenStale } from './sessions';

describe('boundedUserAgent', () => {
  it('keeps a browser’s description up to 200 characters, without control characters', () => {
    expect(boundedUserAgent('  Mozilla/5.0 (X11; Linux x86_64)\n ')).toBe('Mozilla/5.0 (X11; Linux x86_64)');
    expect(boundedUserAgent('a\u0000b')).toBe('a b');
    expect(boundedUserAgent('x'.repeat(5_000))).toHaveLength(200);
  });

  it('is nothing when the browser sent nothing usable', () => {
    expect(boundedUserAgent(undefined)).toBeNull();
    expect(boundedUserAgent('   ')).toBeNull();
    expect(boundedUserAgent(['Mozilla/5.0'])).toBeNull();
  });
});

describe('isLastSeenStale', () => {
  const seen = new Date('2030-05-01T12:00:00Z');
  it('asks for a write once five minutes have passed, not before', () => {
    expect(isLastSeenStale(seen, new Date('2030-05-01T12:04:59Z'))).toBe(false);
    expect(isLastSeenStale(seen, new Date('2030-05-01T12:05:00Z'))).toBe(true);
  });
});
