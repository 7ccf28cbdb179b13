import { describe, expect, it } from 'vitest';
import { createApiKeyMemo } from './recent-api-keys';

describe('recent API keys memo', () => {
  const entry = (at: number) => ({ keyId: 'k1', secretHash: 'h1', at });

  it('remembers a lookup for its time to live, then asks again', () => {
    const memo = createApiKeyMemo({ ttlMs: 5_000, maxEntries: 10 });
    memo.set('abc', entry(1_000));
    expect(memo.get('abc', 5_999)).toEqual(entry(1_000));
    expect(memo.get('abc', 6_000)).toBeUndefined();
  });

  it('forgets a prefix at once (revocation)', () => {
    const memo = createApiKeyMemo({ ttlMs: 5_000, maxEntries: 10 });
    memo.set('abc', entry(1_000));
    memo.forget('abc');
    expect(memo.get('abc', 1_001)).toBeUndefined();
  });

  it('stays bounded', () => {
    const memo = createApiKeyMemo({ ttlMs: 5_000, maxEntries: 2 });
    memo.set('a', entry(0));
    memo.set('b', entry(0));
    memo.set('c', entry(0));
    expect(memo.get('a', 1)).toBeUndefined();
    expect(memo.get('c', 1)).toBeDefined();
  });
});
