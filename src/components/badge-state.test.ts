import { describe, expect, it } from 'vitest';
import { checkResult } from '@/lib/verification/model';
import { badgeFix } from './badge-fix';
import { trustLabel, trustOf } from './badge-state';

describe('trustOf — the two levels of verified', () => {
  it('takes the report’s level, else the badge row’s issuerKnown, and never claims more than is known', () => {
    expect(trustOf('verified', { level: 'known_issuer' })).toBe('known_issuer');
    expect(trustOf('verified', { level: 'unknown_issuer', issuerKnown: true })).toBe('unknown_issuer');
    expect(trustOf('verified', { issuerKnown: true })).toBe('known_issuer');
    expect(trustOf('verified', {})).toBe('unknown_issuer');
    expect(trustOf('failed', { level: 'known_issuer', issuerKnown: true })).toBe('failed');
  });

  it('says which level in words', () => {
    expect(trustLabel('known_issuer')).toBe('Verified · known issuer');
    expect(trustLabel('unknown_issuer')).toBe('Verified · issuer not known to Badgeboard');
  });
});

describe('badgeFix', () => {
  it('names whom an impersonating badge imitates, and has nothing to add where the reason says it', () => {
    expect(badgeFix(checkResult('issuer', 'failed', 'impersonation', { imitatesName: 'Forth Valley College' }))).toBe(
      'If this badge is genuine, ask Forth Valley College to issue it to you; otherwise remove it.',
    );
    expect(badgeFix(checkResult('recipient', 'failed', 'other_recipient', { kind: 'email' }))).toBeNull();
    expect(badgeFix(null)).toBeNull();
  });
});
