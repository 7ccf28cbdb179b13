import { describe, expect, it } from 'vitest';
import { achievementLabel, issuerLabel } from './achievement-label';

describe('labels for issuers and achievements', () => {
  it('names a known issuer by the registry, marks an unknown one, and never merges the two', () => {
    expect(issuerLabel({ name: 'Forth Valley College', issuerKnown: true }, 'did:web:fv.example')).toBe('Forth Valley College');
    expect(issuerLabel({ name: 'Forth Valley College', issuerKnown: false }, 'did:key:z6Mk')).toBe('Forth Valley College (not known to Badgeboard)');
    expect(issuerLabel(undefined, 'did:key:z6Mk')).toBe('did:key:z6Mk (not known to Badgeboard)');
  });

  it('names an achievement only when a verified badge of the pair does, else shows its id', () => {
    const college = { name: 'Forth Valley College', issuerKnown: true };
    expect(achievementLabel({ name: 'Cyber Security Essentials', issuerKnown: true }, college, 'did:web:fv.example', 'https://fv.example/a/cyber')).toBe(
      'Cyber Security Essentials · Forth Valley College',
    );
    expect(achievementLabel(undefined, college, 'did:web:fv.example', 'https://fv.example/a/cyber')).toBe('https://fv.example/a/cyber');
  });
});
