import { describe, expect, it } from 'vitest';
import { checkResult } from '@/lib/verification/model';
import { badgeFix, badgeFixLink } from './badge-fix';

describe('badgeFixLink', () => {
  const addresses = { href: '/account#email-addresses', label: 'Manage your email addresses' };
  it('sends the owner of a badge issued to another or an unverified address to their email addresses', () => {
    expect(badgeFixLink(checkResult('recipient', 'failed', 'other_recipient', { kind: 'email' }))).toEqual(addresses);
    expect(badgeFixLink(checkResult('recipient', 'skipped', 'unverified_identity', { kind: 'email', identity: 'ada@school.example' }))).toEqual(addresses);
  });
  it('has no link where addresses cannot help: an identifier that is not an email, other checks, nothing failing', () => {
    expect(badgeFixLink(checkResult('recipient', 'failed', 'other_recipient', { kind: 'identifier' }))).toBeNull();
    expect(badgeFixLink(checkResult('recipient', 'failed', 'no_recipient'))).toBeNull();
    expect(badgeFixLink(checkResult('proof', 'failed', 'invalid_signature'))).toBeNull();
    expect(badgeFixLink(null)).toBeNull();
  });
  it('tells the owner of a badge waiting on an address where a new link is sent from', () => {
    expect(badgeFix(checkResult('recipient', 'skipped', 'unverified_identity', { kind: 'email', identity: 'ada@school.example' }))).toContain(
      'Account → Email addresses',
    );
  });
});
