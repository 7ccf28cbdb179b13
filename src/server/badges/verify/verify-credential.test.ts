// Real signatures, real status lists, a local issuer website: every good variant verifies,
// every bad variant lands in the right state with the failing check named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationLevel } from '@/lib/verification/model';
import { decodeCredentials } from '../parse/decode-credential';
import { readBadgeInput, type BadgeInput } from '../parse/read-badge-input';
import { bakePng, bakeSvg, badgeImagePng } from '../issuing/bake';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { hostedAssertion, ob2Site, signedAssertion, type Ob2Site } from '../issuing/issue-ob2';
import { ob3Credential, signDataIntegrity, signJwt, type AchievementTemplate } from '../issuing/issue-ob3';
import { didKeyIssuer, didWebIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { statusListCredential } from '../issuing/status-list';
import { memoryIssuerRegistry, type KnownIssuer } from '@/server/issuers/issuer-registry';
import { verifyCredential, type Verification } from './verify-credential';

const EMAIL = 'morag@example.test';
// Fixed clock: after every badge's validFrom (2026-01-15), before the far-future ones; never today's date.
const NOW = new Date('2026-06-01T00:00:00Z');
const seeker = { verifiedEmails: [EMAIL], unverifiedEmails: [], dids: [] };
const achievement: AchievementTemplate = {
  id: 'https://academy.example/achievements/python',
  name: 'Python Foundations',
  description: 'Writes and tests small Python programs.',
  criteria: 'Passed a 3-hour practical assessment.',
  alignments: [{ targetName: 'Python', targetUrl: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' }],
};

let host: FixtureHost;
let didKey: IssuerKey;
let didWeb: IssuerKey & { didDocument: Record<string, unknown> };
let other: IssuerKey;
let site: Ob2Site;
let listUrl: string;
let suspensionUrl: string;

/** The did:key academy is a known issuer; everyone else is unknown to Badgeboard. */
const known = (): KnownIssuer[] => [{ issuerId: didKey.did, name: 'Clyde Data Academy', domains: ['academy.example'], source: 'admin' }];

async function verify(input: BadgeInput | string, options: { emails?: string[]; unverified?: string[]; issuers?: KnownIssuer[] } = {}): Promise<Verification> {
  const payload = readBadgeInput(typeof input === 'string' ? { kind: 'text', text: input } : input);
  const [decoded] = await decodeCredentials(payload);
  return verifyCredential(decoded!, {
    seeker: { ...seeker, verifiedEmails: options.emails ?? seeker.verifiedEmails, unverifiedEmails: options.unverified ?? [] },
    registry: memoryIssuerRegistry(options.issuers ?? known()),
    now: NOW,
  });
}
const check = (v: Verification, name: string) => v.report.checks.find((c) => c.check === name)!;
const ob3 = (extra: Partial<Parameters<typeof ob3Credential>[0]> = {}) =>
  ob3Credential({ issuer: didKey, issuerName: 'Clyde Data Academy', achievement, recipientEmail: EMAIL, ...extra });

beforeAll(async () => {
  host = await startFixtureHost();
  didKey = await didKeyIssuer('test-academy');
  other = await didKeyIssuer('someone-else');
  didWeb = await didWebIssuer('test-web-issuer', host.host);
  host.documents.set(`${host.base}/.well-known/did.json`, didWeb.didDocument);
  listUrl = `${host.base}/status/1`;
  suspensionUrl = `${host.base}/status/2`;
  host.documents.set(listUrl, await statusListCredential({ issuer: didKey, url: listUrl, setIndexes: [7] }));
  host.documents.set(suspensionUrl, await statusListCredential({ issuer: didKey, url: suspensionUrl, setIndexes: [9], purpose: 'suspension' }));
  site = ob2Site(`${host.base}/ob2`, {
    issuerName: 'Forth Valley College',
    achievement,
    revoked: [{ id: `${host.base}/ob2/assertions/revoked`, reason: 'Issued in error' }],
  });
  for (const [url, document] of site.documents) host.documents.set(url, document);
});
afterAll(async () => host.close());

describe('good badges are verified', () => {
  it('OB 3.0 JSON signed with eddsa-rdfc-2022 by a did:key issuer', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ status: [{ listUrl, index: 3 }] }), didKey)));
    // The kit writes a single proof and a one-entry status list where the 1EdTech schema has the opposite forms:
    // JSON-LD reads both the same, so warnings only.
    expect(v.report.checks.map((c) => [c.check, c.status])).toEqual([
      ['format', 'warning'],
      ['proof', 'ok'],
      ['issuer', 'ok'],
      ['status', 'ok'],
      ['validity', 'ok'],
      ['recipient', 'ok'],
    ]);
    expect(
      check(v, 'format')
        .notes?.map((note) => `${note.code} ${note.params.path}`)
        .sort(),
    ).toEqual(['json_ld_list /credentialStatus', 'json_ld_shape /proof']);
    expect(v.report.state).toBe('verified');
    expect(check(v, 'issuer')).toMatchObject({ code: 'known', params: { id: didKey.did, name: 'Clyde Data Academy' } });
    expect(verificationLevel(v.report)).toBe('known_issuer');
    expect(v.recipientBound).toBe(`email:${EMAIL}`);
    expect(v.facts.achievement.alignments[0]?.targetName).toBe('Python');
  });

  it('OB 3.0 signed with Ed25519Signature2020', async () => {
    expect((await verify(JSON.stringify(await signDataIntegrity(ob3(), didKey, 'Ed25519Signature2020')))).report.state).toBe('verified');
  });

  it('OB 3.0 from a did:web issuer, fetched from its website; an unknown issuer is a warning only', async () => {
    const v = await verify(
      JSON.stringify(
        await signDataIntegrity(
          ob3({ issuer: didWeb, issuerName: 'Loch Web Institute', achievement: { ...achievement, id: 'urn:uuid:0c2e4d6a-0000-4000-8000-00000000b001' } }),
          didWeb,
        ),
      ),
    );
    expect(v.report.state).toBe('verified');
    expect(check(v, 'issuer')).toMatchObject({ status: 'warning', code: 'unknown', params: { id: didWeb.did, claimedName: 'Loch Web Institute' } });
    expect(verificationLevel(v.report)).toBe('unknown_issuer');
  });

  it('OB 3.0 as a VC-JWT', async () => {
    const v = await verify(await signJwt(ob3(), didKey));
    expect(check(v, 'format')).toMatchObject({ code: 'readable', params: { jwt: true } });
    expect(v.report.state).toBe('verified');
  });

  it('OB 3.0 baked into a PNG and an SVG', async () => {
    const signed = JSON.stringify(await signDataIntegrity(ob3(), didKey));
    const png = bakePng(badgeImagePng([15, 118, 110]), signed, 'openbadgecredential');
    expect((await verify({ kind: 'file', filename: 'badge.png', bytes: png })).report.state).toBe('verified');
    const svg = Buffer.from(bakeSvg({ credential: signed }));
    expect((await verify({ kind: 'file', filename: 'badge.svg', bytes: svg })).report.state).toBe('verified');
  });

  it('OB 2.0 hosted (pasted as its URL, and baked into a PNG) and OB 2.0 signed', async () => {
    const id = `${host.base}/ob2/assertions/1`;
    hostedAssertion(site, { id, email: EMAIL });
    for (const [url, document] of site.documents) host.documents.set(url, document);
    expect((await verify(id)).report.state).toBe('verified');
    const png = bakePng(badgeImagePng([30, 64, 175]), id, 'openbadges');
    expect((await verify({ kind: 'file', filename: 'ob2.png', bytes: png })).report.state).toBe('verified');
    const jws = await signedAssertion(site, { id: 'urn:uuid:2f9b7c1e-1111-4c3a-9d11-000000000001', email: EMAIL });
    const signed = await verify(jws);
    expect(check(signed, 'proof')).toMatchObject({ code: 'valid', params: { suite: 'JWS RS256' } });
    expect(signed.report.state).toBe('verified');
  });
});

describe('bad badges land in the right state with the failing check named', () => {
  it('tampered claim → failed, proof', async () => {
    const signed = await signDataIntegrity(ob3(), didKey);
    (signed.credentialSubject as { achievement: { name: string } }).achievement.name = 'Python Expert';
    const v = await verify(JSON.stringify(signed));
    expect(v.report.state).toBe('failed');
    expect(check(v, 'proof')).toMatchObject({ status: 'failed', code: 'invalid_signature' });
  });

  it('signed with another key than the issuer’s → failed', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3(), other)));
    expect(v.report.state).toBe('failed');
    expect(v.report.checks.find((c) => c.status === 'failed')?.check).toMatch(/proof|issuer/);
  });

  it('revoked (BitstringStatusList) → revoked, status', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ status: [{ listUrl, index: 7 }] }), didKey)));
    expect(v.report.state).toBe('revoked');
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'revoked' });
  });

  it('suspended → failed, status', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ status: [{ listUrl: suspensionUrl, index: 9, purpose: 'suspension' }] }), didKey)));
    expect(v.report.state).toBe('failed');
    expect(check(v, 'status')).toMatchObject({ code: 'suspended' });
  });

  it('expired → expired, validity', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' }), didKey)));
    expect(v.report.state).toBe('expired');
    expect(check(v, 'validity')).toMatchObject({ status: 'failed', code: 'expired', params: { on: '2025-01-01T00:00:00Z' } });
  });

  it('future-dated → failed, validity', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ validFrom: '2099-01-01T00:00:00Z' }), didKey)));
    expect(v.report.state).toBe('failed');
    expect(check(v, 'validity')).toMatchObject({ code: 'not_yet_valid' });
  });

  it('issued to someone else → failed, recipient; to an unverified address → unverified', async () => {
    const json = JSON.stringify(await signDataIntegrity(ob3(), didKey));
    const stranger = await verify(json, { emails: ['someone@example.test'] });
    expect(stranger.report.state).toBe('failed');
    expect(check(stranger, 'recipient')).toMatchObject({ code: 'other_recipient' });
    const notYet = await verify(json, { emails: [], unverified: [EMAIL] });
    expect(notYet.report.state).toBe('unverified');
    expect(check(notYet, 'recipient')).toMatchObject({ status: 'skipped', code: 'unverified_identity', params: { identity: EMAIL } });
  });

  it('unknown JSON-LD context → failed, proof, and nothing fetched', async () => {
    const credential = ob3();
    credential['@context'] = [...(credential['@context'] as string[]), `${host.base}/contexts/custom.json`];
    const signed = await signDataIntegrity(ob3(), didKey);
    signed['@context'] = credential['@context'];
    const before = host.hits.length;
    const v = await verify(JSON.stringify(signed));
    expect(check(v, 'proof')).toMatchObject({ status: 'failed', code: 'unknown_context' });
    expect(host.hits.slice(before).filter((path) => path.includes('contexts'))).toEqual([]);
  });

  it('OB 2.0 on the issuer’s revocation list → revoked', async () => {
    const id = `${host.base}/ob2/assertions/revoked`;
    hostedAssertion(site, { id, email: EMAIL });
    host.documents.set(id, site.documents.get(id));
    const v = await verify(id);
    expect(v.report.state).toBe('revoked');
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'revoked', params: { reason: 'Issued in error' } });
  });

  it('OB 2.0 copy that differs from the hosted one → failed, proof', async () => {
    const id = `${host.base}/ob2/assertions/3`;
    const assertion = hostedAssertion(site, { id, email: EMAIL });
    host.documents.set(id, assertion);
    const v = await verify(JSON.stringify({ ...assertion, issuedOn: '2020-01-01T00:00:00Z' }));
    expect(check(v, 'proof')).toMatchObject({ status: 'failed', code: 'hosted_mismatch' });
  });

  it('a status list that cannot be reached → unverified, not silently trusted', async () => {
    host.hang.add('/status/slow');
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ status: [{ listUrl: `${host.base}/status/slow`, index: 1 }] }), didKey)));
    expect(v.report.state).toBe('unverified');
    expect(check(v, 'status')).toMatchObject({ status: 'skipped', code: 'network' });
  }, 15_000);
});

describe('impersonation of a known issuer fails, whatever else holds', () => {
  it('a fresh did:key claiming the known academy’s name → failed · impersonation', async () => {
    const v = await verify(
      JSON.stringify(
        await signDataIntegrity(
          ob3({ issuer: other, issuerName: 'CLYDE data-academy', achievement: { ...achievement, id: 'urn:uuid:0c2e4d6a-0000-4000-8000-00000000c001' } }),
          other,
        ),
      ),
    );
    expect(check(v, 'proof').status).toBe('ok');
    expect(check(v, 'issuer')).toMatchObject({
      status: 'failed',
      code: 'impersonation',
      params: { by: 'name', imitates: didKey.did, imitatesName: 'Clyde Data Academy' },
    });
    expect(v.report.state).toBe('failed');
    expect(verificationLevel(v.report)).toBeNull();
  });

  it('its own name but the known academy’s achievement id (under academy.example) → failed · impersonation', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ issuer: other, issuerName: 'Someone Else Ltd' }), other)));
    expect(check(v, 'issuer')).toMatchObject({
      status: 'failed',
      code: 'impersonation',
      params: { by: 'achievement', achievementId: achievement.id, imitates: didKey.did },
    });
    expect(v.report.state).toBe('failed');
  });

  it('the same badges with an empty registry are verified · issuer not known (the registry is what makes them forgeries)', async () => {
    const v = await verify(JSON.stringify(await signDataIntegrity(ob3({ issuer: other, issuerName: 'Someone Else Ltd' }), other)), { issuers: [] });
    expect(check(v, 'issuer')).toMatchObject({ status: 'warning', code: 'unknown' });
    expect(v.report.state).toBe('verified');
  });
});
