import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from './response-cache';

const response = (bytes: number): CachedResponse => ({
  url: 'https://example.org/',
  status: 200,
  contentType: 'application/json',
  body: Buffer.alloc(bytes),
});

describe('ResponseCache', () => {
  it('returns an entry until it expires', () => {
    const cache = new ResponseCache();
    cache.set('a', response(1), 1000, 0);
    expect(cache.get('a', 999)).toBeDefined();
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps an expired entry that has a validator for revalidation only, never as fresh', () => {
    const cache = new ResponseCache();
    cache.set('tagged', { ...response(1), etag: '"v1"' }, 1000, 0);
    cache.set('plain', response(1), 1000, 0);
    expect(cache.stale('tagged', 999)).toBeUndefined();
    expect(cache.get('tagged', 1000)).toBeUndefined();
    expect(cache.stale('tagged', 1000)).toMatchObject({ etag: '"v1"' });
    expect(cache.get('plain', 1000)).toBeUndefined();
    expect(cache.stale('plain', 1000)).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('does not keep anything with a ttl of zero', () => {
    const cache = new ResponseCache();
    cache.set('a', response(1), 0);
    expect(cache.get('a')).toBeUndefined();
  });

  it('evicts the least recently used entry past the entry limit', () => {
    const cache = new ResponseCache(2);
    cache.set('a', response(1), 1000, 0);
    cache.set('b', response(1), 1000, 0);
    cache.get('a', 1); // a is now the most recent
    cache.set('c', response(1), 1000, 0);
    expect(cache.get('b', 2)).toBeUndefined();
    expect(cache.get('a', 2)).toBeDefined();
    expect(cache.get('c', 2)).toBeDefined();
  });

  it('evicts past the byte limit and skips entries larger than it', () => {
    const cache = new ResponseCache(10, 100);
    cache.set('a', response(60), 1000, 0);
    cache.set('b', response(60), 1000, 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    cache.set('huge', response(101), 1000, 0);
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
  });

  it('replaces an entry under the same key without double-counting its bytes', () => {
    const cache = new ResponseCache(10, 100);
    cache.set('a', response(60), 1000, 0);
    cache.set('a', response(60), 1000, 0);
    cache.set('b', response(40), 1000, 0);
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('b', 1)).toBeDefined();
  });
});
