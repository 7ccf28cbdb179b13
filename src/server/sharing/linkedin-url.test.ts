import { describe, expect, it } from 'vitest';
import { certificationId, issuerDisplayName, linkedInAddToProfileUrl } from './linkedin-url';

const base = {
  name: 'Python Foundations',
  organizationName: 'Clyde Data Academy',
  issuedAt: new Date('2026-03-02T09:00:00Z'),
  expiresAt: null,
  certUrl: 'https://badgeboard.example/b/6f1e2d3c-4b5a-4978-8d6c-5b4a39281706',
  certId: 'urn:uuid:1234',
};

describe('LinkedIn add-to-profile link', () => {
  it('fills the certification form: name, organisation, issue month and year, credential URL and id', () => {
    const url = new URL(linkedInAddToProfileUrl(base));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Python Foundations',
      organizationName: 'Clyde Data Academy',
      issueYear: '2026',
      issueMonth: '3',
      certUrl: base.certUrl,
      certId: 'urn:uuid:1234',
    });
  });

  it('counts months 1 to 12 in UTC, whatever the time of day', () => {
    const january = new URL(linkedInAddToProfileUrl({ ...base, issuedAt: new Date('2025-01-01T00:00:00Z'), expiresAt: new Date('2027-12-31T23:59:59Z') }));
    expect(january.searchParams.get('issueMonth')).toBe('1');
    expect(january.searchParams.get('issueYear')).toBe('2025');
    expect(january.searchParams.get('expirationMonth')).toBe('12');
    expect(january.searchParams.get('expirationYear')).toBe('2027');
  });

  it('leaves out the expiry when the badge does not expire, and the issue date when none is stated', () => {
    const url = new URL(linkedInAddToProfileUrl({ ...base, issuedAt: null }));
    for (const field of ['issueYear', 'issueMonth', 'expirationYear', 'expirationMonth']) expect(url.searchParams.has(field)).toBe(false);
  });

  it('encodes names with spaces, ampersands and accents', () => {
    const url = linkedInAddToProfileUrl({ ...base, name: 'Data & AI: Niveau 2', organizationName: 'École d’été' });
    expect(url).not.toContain(' ');
    expect(new URL(url).searchParams.get('name')).toBe('Data & AI: Niveau 2');
    expect(new URL(url).searchParams.get('organizationName')).toBe('École d’été');
  });

  it('names a known issuer by the registry and an unknown one by its claim', () => {
    const report = { issuer: { known: true, knownName: 'Clyde Data Academy' } };
    expect(issuerDisplayName({ issuerName: 'Clyde Data', report })).toEqual({ name: 'Clyde Data Academy', known: true });
    expect(issuerDisplayName({ issuerName: 'North Sea Skills Hub', report: { issuer: { known: false, knownName: null } } })).toEqual({
      name: 'North Sea Skills Hub',
      known: false,
    });
    expect(issuerDisplayName({ issuerName: 'Old report', report: {} })).toEqual({ name: 'Old report', known: false });
  });

  it('gives LinkedIn the issuer’s credential id, or the badge id when the credential has none', () => {
    expect(certificationId({ id: 'b1', credentialKey: 'urn:uuid:42' })).toBe('urn:uuid:42');
    expect(certificationId({ id: 'b1', credentialKey: 'sha256:abc' })).toBe('b1');
  });
});
