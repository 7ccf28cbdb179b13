// OB 2.0 conformance through the whole verifier, against a local issuer website, with real keys and signatures.
import { CompactSign } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIssuerRegistry } from '@/server/issuers/issuer-registry';
import { decodeCredentials } from '../parse/decode-credential';
import { readBadgeInput } from '../parse/read-badge-input';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { hostedAssertion, ob2Site, signedAssertion, type Ob2Site } from '../issuing/issue-ob2';
import type { AchievementTemplate } from '../issuing/issue-ob3';
import { verifyCredential, type Verification } from './verify-credential';

const EMAIL = 'ailsa@example.test';
const achievement: AchievementTemplate = {
  id: 'unused',
  name: 'First Aid at Work',
  description: 'Gives first aid at work.',
  criteria: 'Passed the practical.',
};
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let host: FixtureHost;
let serial = 0;

function publish(site: Ob2Site) {
  for (const [url, document] of site.documents) host.documents.set(url, document);
}
function site(path: string, options: Partial<Parameters<typeof ob2Site>[1]> = {}): Ob2Site {
  const created = ob2Site(`${host.base}/${path}`, { issuerName: 'Stirling First Aid', achievement, ...options });
  publish(created);
  return created;
}
/** A hosted assertion published at `<site>/assertions/<n>`, changed by `edit` before it is published. */
function hosted(
  on: Ob2Site,
  edit: (assertion: Record<string, unknown>) => void = () => {},
  at = `${on.issuerUrl.replace(/\/issuer\.json$/, '')}/assertions/${++serial}`,
) {
  const assertion = hostedAssertion(on, { id: at, email: EMAIL });
  edit(assertion);
  host.documents.set(at, assertion);
  return assertion;
}
async function verify(text: string): Promise<Verification> {
  const [decoded] = await decodeCredentials(readBadgeInput({ kind: 'text', text }));
  return verifyCredential(decoded!, { seeker: null, registry: memoryIssuerRegistry([]), now: new Date('2026-06-01T00:00:00Z') });
}
const check = (v: Verification, name: string) => v.report.checks.find((c) => c.check === name)!;

beforeAll(async () => {
  host = await startFixtureHost();
});
afterAll(async () => host.close());

describe('OB 2.0 signed (JWS)', () => {
  it.each(['RS256', 'ES256', 'EdDSA'] as const)('%s: verifies with the key the issuer Profile lists', async (alg) => {
    const on = site(`signed-${alg}`, { alg });
    const v = await verify(await signedAssertion(on, { id: `urn:uuid:00000000-0000-4000-8000-00000000000${alg.length}`, email: EMAIL }));
    expect(check(v, 'proof')).toMatchObject({ status: 'ok', code: 'valid', params: { suite: `JWS ${alg}` } });
    expect(v.report.state).toBe('verified');
  });

  it('an HMAC "signature" (no public key can check it) fails', async () => {
    const on = site('signed-hmac');
    const assertion = {
      ...hostedAssertion(on, { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', email: EMAIL, publish: false }),
      verification: { type: 'signed', creator: on.keyUrl },
    };
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(32).fill(7));
    expect(check(await verify(jws), 'proof')).toMatchObject({ status: 'failed', code: 'ob2_unsupported_alg', params: { alg: 'HS256' } });
  });
});

describe('what makes an OB 2.0 Assertion one', () => {
  it('a well-formed hosted assertion verifies (format ok)', async () => {
    const v = await verify(JSON.stringify(hosted(site('good'))));
    expect(check(v, 'format')).toMatchObject({ status: 'ok', code: 'readable' });
    expect(v.report.state).toBe('verified');
  });

  it('a wrong @context fails the format check', async () => {
    const v = await verify(JSON.stringify(hosted(site('context'), (a) => (a['@context'] = 'https://w3id.org/openbadges/v1'))));
    expect(check(v, 'format')).toMatchObject({ status: 'failed', code: 'ob2_context', params: { path: '/@context', found: 'https://w3id.org/openbadges/v1' } });
    expect(v.report.state).toBe('failed');
  });

  it('extension contexts after the OB 2.0 one are fine', async () => {
    const v = await verify(
      JSON.stringify(hosted(site('context-ext'), (a) => (a['@context'] = ['https://w3id.org/openbadges/v2', { extra: 'https://example.org/extra' }]))),
    );
    expect(check(v, 'format').status).toBe('ok');
  });

  it('a wrong type fails the format check', async () => {
    const v = await verify(JSON.stringify(hosted(site('type'), (a) => (a.type = 'Badge'))));
    expect(check(v, 'format')).toMatchObject({ status: 'failed', code: 'ob2_type', params: { path: '/type', found: 'Badge' } });
    expect(v.report.state).toBe('failed');
  });

  it('a data: URI image on the assertion is refused; on the BadgeClass it is fine', async () => {
    const v = await verify(JSON.stringify(hosted(site('image-assertion'), (a) => (a.image = PIXEL))));
    expect(check(v, 'format')).toMatchObject({ status: 'failed', code: 'ob2_data_uri_image', params: { path: '/image' } });
    const withBadgeImage = await verify(JSON.stringify(hosted(site('image-badgeclass', { achievement: { ...achievement, image: PIXEL } }))));
    expect(withBadgeImage.report.state).toBe('verified');
    expect(withBadgeImage.facts.achievement.image).toBe(PIXEL);
  });
});

describe('a badge definition on its own', () => {
  it.each([
    ['BadgeClass', (on: Ob2Site) => on.documents.get(on.badgeClassUrl)],
    ['Issuer Profile', (on: Ob2Site) => on.documents.get(on.issuerUrl)],
    ['OB 3.0 Achievement', () => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'https://x.example/a', type: ['Achievement'], name: 'A' })],
  ])('%s is refused: "a badge definition, not an awarded badge"', async (_name, document) => {
    const text = JSON.stringify(document(site(`definition-${++serial}`)));
    await expect(verify(text)).rejects.toMatchObject({
      code: 'input:invalid',
      message: expect.stringMatching(/^This is a badge definition, not an awarded badge.*Upload the badge you were awarded/),
    });
  });

  it('also when pasted as its URL', async () => {
    const on = site('definition-url');
    await expect(verify(on.badgeClassUrl)).rejects.toMatchObject({ message: expect.stringContaining('badge definition, not an awarded badge') });
  });
});

describe("hosted verification follows the issuer Profile's verification rules", () => {
  it('allowedOrigins naming another host: an assertion hosted here fails the issuer check', async () => {
    const v = await verify(JSON.stringify(hosted(site('origins-other', { verification: { allowedOrigins: 'badges.stirling.example' } }))));
    expect(check(v, 'proof').status).toBe('ok');
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'outside_allowed_origins', params: { allowed: ['badges.stirling.example'] } });
    expect(v.report.state).toBe('failed');
  });

  it('allowedOrigins naming this host (without its port): verified', async () => {
    const v = await verify(JSON.stringify(hosted(site('origins-here', { verification: { allowedOrigins: ['badges.stirling.example', '127.0.0.1'] } }))));
    expect(v.report.state).toBe('verified');
  });

  it('startsWith: inside the prefix verified, outside it failed', async () => {
    const on = site('prefix', { verification: { startsWith: `${host.base}/prefix/assertions/` } });
    expect((await verify(JSON.stringify(hosted(on)))).report.state).toBe('verified');
    const outside = await verify(JSON.stringify(hosted(on, () => {}, `${host.base}/prefix-elsewhere/1`)));
    expect(check(outside, 'issuer')).toMatchObject({ status: 'failed', code: 'outside_starts_with' });
  });

  it('rules in a Profile embedded in the assertion do not count: the published Profile decides', async () => {
    const on = site('embedded', { verification: { startsWith: `${host.base}/embedded/assertions/` } });
    const badge = {
      ...(on.documents.get(on.badgeClassUrl) as object),
      issuer: { ...(on.documents.get(on.issuerUrl) as object), verification: { startsWith: `${host.base}/intruder/` } },
    };
    const v = await verify(JSON.stringify(hosted(on, (a) => (a.badge = badge), `${host.base}/intruder/1`)));
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'outside_starts_with', params: { allowed: [`${host.base}/embedded/assertions/`] } });
  });

  it('a Profile document that gives another id than the address it is published at is refused', async () => {
    const on = site('wrong-id');
    host.documents.set(on.issuerUrl, { ...(on.documents.get(on.issuerUrl) as object), id: 'https://college.example/issuer' });
    await expect(verify(JSON.stringify(hosted(on)))).rejects.toMatchObject({
      code: 'input:invalid',
      message: expect.stringContaining('must be published at its own id'),
    });
  });
});
