import { describe, expect, it } from 'vitest';
import { buildJsonResume, buildPresentation, credentialDownload, credentialFileName, storedCredential, type ExportBadge } from './export-builders';

const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln';
const ob3Json = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'], id: 'urn:uuid:1' };
const badge = (over: Partial<ExportBadge>): ExportBadge => ({
  id: '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706',
  format: 'ob3',
  raw: JSON.stringify(ob3Json),
  achievementName: 'Python Foundations',
  issuerId: 'did:key:z6Mk',
  issuerName: 'Clyde Data',
  state: 'verified',
  issuedAt: new Date('2026-03-02T09:00:00Z'),
  checkedAt: new Date('2026-03-10T12:00:00Z'),
  report: { issuer: { known: true, knownName: 'Clyde Data Academy' } },
  ...over,
});

describe('stored credentials', () => {
  it('tells JSON from a compact JWT, and refuses anything else', () => {
    expect(storedCredential(' {"a":1} ')).toEqual({ kind: 'json', value: { a: 1 } });
    expect(storedCredential(jwt)).toEqual({ kind: 'jwt', token: jwt });
    expect(() => storedCredential('not a credential')).toThrow();
  });

  it('downloads the bytes as stored, typed and named after the achievement', () => {
    expect(credentialDownload({ raw: jwt, achievementName: 'SQL for Analysts' })).toEqual({
      body: jwt,
      contentType: 'application/jwt',
      filename: 'sql-for-analysts.jwt',
    });
    const raw = '{ "kept": "as is" }';
    expect(credentialDownload({ raw, achievementName: 'Cloud Practitioner (SCQF 7)' })).toEqual({
      body: raw,
      contentType: 'application/json',
      filename: 'cloud-practitioner-scqf-7.json',
    });
    expect(credentialFileName('Énergie éolienne', 'json')).toBe('energie-eolienne.json');
    expect(credentialFileName('„“', 'jwt')).toBe('badge.jwt');
    expect(credentialFileName('x'.repeat(100), 'json')).toBe(`${'x'.repeat(60)}.json`);
  });
});

describe('the Verifiable Presentation export', () => {
  it('holds JSON credentials as they are and VC-JWTs enveloped, leaves Open Badges 2.0 out, and names a proven holder', () => {
    const { presentation, leftOut } = buildPresentation(
      [badge({}), badge({ raw: jwt }), badge({ format: 'ob2', raw: '{"type":"Assertion"}' }), badge({ state: 'revoked' })],
      'did:key:z6MkHolder',
    );
    expect(leftOut).toBe(1);
    expect(presentation['@context']).toEqual(['https://www.w3.org/ns/credentials/v2']);
    expect(presentation.type).toEqual(['VerifiablePresentation']);
    expect(presentation.holder).toBe('did:key:z6MkHolder');
    expect(presentation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(presentation.verifiableCredential).toEqual([
      ob3Json,
      { '@context': 'https://www.w3.org/ns/credentials/v2', id: `data:application/vc+jwt,${jwt}`, type: 'EnvelopedVerifiableCredential' },
      ob3Json,
    ]);
    expect(presentation).not.toHaveProperty('proof');
  });

  it('names no holder without a proven DID', () => {
    expect(buildPresentation([badge({})], null).presentation).not.toHaveProperty('holder');
  });
});

describe('the JSON Resume export', () => {
  const now = new Date('2026-04-01T08:00:00Z');
  const basics = { name: 'Morag Campbell', headline: 'Junior data analyst', summary: null, location: 'Glasgow' };

  it('lists verified badges as certificates with the credential embedded', () => {
    const resume = buildJsonResume({
      basics,
      badges: [
        badge({}),
        badge({ id: 'b2', state: 'failed' }),
        badge({ id: 'b3', raw: jwt, issuedAt: null, report: { issuer: { known: false, knownName: null } } }),
      ],
      pageUrl: (b) => (b.id === 'b3' ? null : `https://badgeboard.example/b/${b.id}`),
      now,
    });
    expect(resume.basics).toEqual({ name: 'Morag Campbell', label: 'Junior data analyst', location: { city: 'Glasgow' } });
    expect(resume.meta).toEqual({ version: 'v1.0.0', lastModified: '2026-04-01T08:00:00.000Z' });
    const certificates = resume.certificates as Record<string, unknown>[];
    expect(certificates).toHaveLength(2);
    expect(certificates[0]).toEqual({
      name: 'Python Foundations',
      date: '2026-03-02',
      issuer: 'Clyde Data Academy',
      url: 'https://badgeboard.example/b/6f1e2d3c-4b5a-4978-8d6c-5b4a39281706',
      'x-badgeboard': {
        badgeId: '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706',
        state: 'verified',
        checkedAt: '2026-03-10T12:00:00.000Z',
        issuerId: 'did:key:z6Mk',
        issuerKnown: true,
        format: 'Open Badges 3.0',
        credential: ob3Json,
      },
    });
    // An unknown issuer is named by its claim; no date or page is invented.
    expect(certificates[1]).toMatchObject({ name: 'Python Foundations', issuer: 'Clyde Data', 'x-badgeboard': { issuerKnown: false, credential: jwt } });
    expect(certificates[1]).not.toHaveProperty('date');
    expect(certificates[1]).not.toHaveProperty('url');
  });
});
