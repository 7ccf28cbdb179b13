// OB 2.0 hosted verification scope (VerificationObject startsWith / allowedOrigins, default: the Profile id's host).
import { describe, expect, it } from 'vitest';
import type { BadgeFacts } from './facts';
import { issuerBindingProblem } from './issuer-binding';

type Policy = { allowedOrigins: string[]; startsWith: string[] } | null;

function facts(issuerId: string, hostingPolicy: Policy = null): BadgeFacts {
  return {
    format: 'ob2',
    credentialId: null,
    achievement: { id: `${issuerId}/badge`, name: 'Badge', description: null, image: null, criteria: null, level: null, alignments: [], microCredential: null },
    issuer: { id: issuerId, name: 'Issuer', url: 'https://elsewhere.example' },
    issuedAt: null,
    expiresAt: null,
    recipient: null,
    status: [],
    ob2: {
      assertionId: '',
      verificationType: 'hosted',
      creator: null,
      revoked: false,
      revocationReason: null,
      issuerProfile: null,
      revocationList: null,
      publicKeys: [],
      hostingPolicy,
    },
  };
}
const hosted = (f: BadgeFacts, url: string) => issuerBindingProblem(f, { kind: 'ob2-hosted', url });

describe('default rule: the assertion lives on the host of the issuer Profile id', () => {
  it('same host passes, whatever the scheme', () => {
    expect(hosted(facts('https://college.example/issuer.json'), 'https://college.example/assertions/1')).toBeNull();
    expect(hosted(facts('https://college.example/issuer.json'), 'http://college.example/assertions/1')).toBeNull();
  });

  it('another host fails hosted_elsewhere (the Profile id decides, not its url claim)', () => {
    expect(hosted(facts('https://college.example/issuer.json'), 'https://elsewhere.example/assertions/1')).toMatchObject({
      status: 'failed',
      code: 'hosted_elsewhere',
      params: { origin: 'elsewhere.example', allowed: 'college.example' },
    });
    expect(hosted(facts('https://college.example/issuer.json'), 'https://college.example:8443/assertions/1')?.code).toBe('hosted_elsewhere');
  });
});

describe("the issuer Profile's VerificationObject", () => {
  it('allowedOrigins: listed hosts pass (host name, with or without port or scheme), others fail', () => {
    const f = facts('https://college.example/issuer.json', { allowedOrigins: ['badges.college.example', 'https://certs.example'], startsWith: [] });
    expect(hosted(f, 'https://badges.college.example/a/1')).toBeNull();
    expect(hosted(f, 'http://certs.example:8080/a/1')).toBeNull();
    expect(hosted(f, 'https://college.example/a/1')).toMatchObject({
      code: 'outside_allowed_origins',
      params: { origin: 'college.example', allowed: ['badges.college.example', 'https://certs.example'] },
    });
  });

  it('startsWith: the id must start with one of the prefixes (scheme aside)', () => {
    const f = facts('https://shared.example/college/issuer.json', { allowedOrigins: [], startsWith: ['https://shared.example/college/'] });
    expect(hosted(f, 'https://shared.example/college/assertions/1')).toBeNull();
    expect(hosted(f, 'http://shared.example/college/assertions/1')).toBeNull();
    expect(hosted(f, 'https://shared.example/other-school/assertions/1')).toMatchObject({
      code: 'outside_starts_with',
      params: { allowed: ['https://shared.example/college/'] },
    });
  });

  it('both stated: both must hold', () => {
    const f = facts('https://college.example/issuer.json', { allowedOrigins: ['college.example'], startsWith: ['https://college.example/badges/'] });
    expect(hosted(f, 'https://college.example/badges/1')).toBeNull();
    expect(hosted(f, 'https://college.example/other/1')?.code).toBe('outside_starts_with');
  });
});
