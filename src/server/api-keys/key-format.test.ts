import { describe, expect, it } from 'vitest';
import { generateApiKey, hashSecret, maskedKey, parseApiKey, secretMatches } from './key-format';

describe('API key format', () => {
  it('is bb_<10 base32 characters>_<43 base64url characters>, and parses back into its parts', () => {
    const key = generateApiKey();
    expect(key.token).toMatch(/^bb_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    expect(key.token).toBe(`bb_${key.prefix}_${key.secret}`);
    expect(Buffer.from(key.secret, 'base64url')).toHaveLength(32);
    expect(parseApiKey(key.token)).toEqual({ prefix: key.prefix, secret: key.secret });
  });

  it('parses a secret that itself holds _ and - (base64url) unambiguously', () => {
    const secret = `_-${'a'.repeat(39)}_-`;
    expect(parseApiKey(`bb_abcdefgh23_${secret}`)).toEqual({ prefix: 'abcdefgh23', secret });
  });

  it('draws a new prefix and secret every time', () => {
    const keys = Array.from({ length: 200 }, generateApiKey);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(200);
    expect(new Set(keys.map((k) => k.secret)).size).toBe(200);
  });

  it.each([
    ['empty', ''],
    ['another service’s token', 'ghp_0123456789abcdefghijABCDEFGHIJ0123456789'],
    ['an upper-case prefix', `bb_ABCDEFGH23_${'a'.repeat(43)}`],
    ['a short prefix', `bb_abcdefgh2_${'a'.repeat(43)}`],
    ['a short secret', `bb_abcdefgh23_${'a'.repeat(42)}`],
    ['a long secret', `bb_abcdefgh23_${'a'.repeat(44)}`],
    ['a character outside base64url', `bb_abcdefgh23_${'a'.repeat(42)}+`],
    ['trailing white space', `bb_abcdefgh23_${'a'.repeat(43)} `],
    ['the masked form a list shows', maskedKey('abcdefgh23')],
  ])('refuses %s without a lookup', (_what, token) => {
    expect(parseApiKey(token)).toBeNull();
  });

  it('stores the SHA-256 of the secret, never the secret, and compares it', () => {
    const key = generateApiKey();
    expect(key.secretHash).toBe(hashSecret(key.secret));
    expect(key.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.secretHash).not.toContain(key.secret);
    expect(secretMatches(key.secret, key.secretHash)).toBe(true);
    expect(secretMatches(generateApiKey().secret, key.secretHash)).toBe(false);
    // A corrupt stored hash (wrong length) is a mismatch, not a crash.
    expect(secretMatches(key.secret, key.secretHash.slice(0, 10))).toBe(false);
  });

  it('shows only the prefix in lists', () => {
    expect(maskedKey('abcdefgh23')).toBe('bb_abcdefgh23_…');
  });
});
