import { describe, expect, it } from 'vitest';
import { achievementKey, parseAchievementKey } from './achievement-key';

describe('achievement keys', () => {
  it('round-trips a pair, even when the achievement id holds spaces', () => {
    const key = achievementKey('did:web:college.example', 'urn:uuid:1 2');
    expect(key).toBe('did:web:college.example urn:uuid:1 2');
    expect(parseAchievementKey(key)).toEqual({ issuerId: 'did:web:college.example', achievementId: 'urn:uuid:1 2' });
  });

  it('keeps the same achievement id under two issuers apart', () => {
    const real = achievementKey('https://college.example/issuer', 'https://college.example/a/cyber');
    const copy = achievementKey('did:key:z6MkFake', 'https://college.example/a/cyber');
    expect(real).not.toBe(copy);
    expect(parseAchievementKey(copy)?.issuerId).toBe('did:key:z6MkFake');
  });

  it('reads a bare achievement id (no issuer) as no key', () => {
    expect(parseAchievementKey('https://college.example/a/cyber')).toBeNull();
    expect(parseAchievementKey(' leading')).toBeNull();
    expect(parseAchievementKey('trailing ')).toBeNull();
  });

  it('percent-encodes a space in a malformed issuer id, so the key still splits at the pair', () => {
    expect(parseAchievementKey(achievementKey('did:web:a b', 'x y'))).toEqual({ issuerId: 'did:web:a%20b', achievementId: 'x y' });
  });
});
