// VC-JWT proofs with real keys: every way OB 3.0 §8.2 / VC-JOSE-COSE lets a token name its key, and every
// header or claim that contradicts the credential, each with its own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { ob3Credential, signJwt, type AchievementTemplate, type JwtOptions } from '../issuing/issue-ob3';
import { didJwkIssuer, didKeyIssuer, didWebIssuer, httpsIssuer, p256DidKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { decodeCredentials } from '../parse/decode-credential';
import type { BadgeFacts } from './facts';
import { issuerBindingProblem } from './issuer-binding';
import { checkJwtProof } from './proof-jwt';

const achievement: AchievementTemplate = {
  id: 'urn:uuid:0e9d1c7a-3333-4222-8333-444455556666',
  name: 'Plumbing',
  description: 'Plumbs.',
  criteria: 'Plumbed.',
};
let host: FixtureHost;
let ed: IssuerKey;

const badge = (issuer: IssuerKey, extra: Partial<Parameters<typeof ob3Credential>[0]> = {}) =>
  ob3Credential({ issuer, issuerName: 'Pipe Works', achievement, recipientEmail: 'kim@example.test', validUntil: '2030-01-15T09:00:00Z', ...extra });

async function check(token: string) {
  const [decoded] = await decodeCredentials({ source: 'json', text: token });
  const issuer = decoded!.credential.issuer as { id: string };
  const facts = { issuer: { id: issuer.id, name: 'Pipe Works', url: null } } as BadgeFacts;
  const proof = await checkJwtProof(decoded!, facts);
  return { ...proof, binding: proof.signer ? issuerBindingProblem(facts, proof.signer) : null };
}
const sign = (issuer: IssuerKey, options: JwtOptions = {}, extra = {}) => signJwt(badge(issuer, extra), issuer, options);

/** A did:web issuer under its own path, its DID document served by the fixture host. */
async function didWebAt(name: string, path: string) {
  const base = await didWebIssuer(name, host.host);
  const did = `${base.did}:${path}`;
  host.documents.set(`${host.base}/${path}/did.json`, JSON.parse(JSON.stringify(base.didDocument).replaceAll(base.did, did)));
  return { ...base, did, verificationMethod: `${did}#key-1` };
}

beforeAll(async () => {
  host = await startFixtureHost();
  ed = await didKeyIssuer('jwt-test-ed');
});
afterAll(async () => host.close());

describe('how a JWT names its key', () => {
  it('EdDSA, kid = the did:key verification method: valid, bound to the issuer', async () => {
    const { result, signer, binding } = await check(await sign(ed));
    expect(result).toMatchObject({ status: 'ok', code: 'valid', params: { suite: 'JWT EdDSA', verificationMethod: ed.verificationMethod } });
    expect(signer).toMatchObject({ controller: ed.did, purposes: expect.arrayContaining(['assertionMethod']) });
    expect(binding).toBeNull();
  });

  it('ES256 with a P-256 did:key', async () => {
    const p256 = await p256DidKeyIssuer();
    expect((await check(await sign(p256))).result).toMatchObject({ status: 'ok', params: { suite: 'JWT ES256' } });
  });

  it('a relative kid (#key-1) is resolved against iss (did:web)', async () => {
    const web = await didWebAt('jwt-web', 'jwt-web');
    const { result, binding } = await check(await sign(web, { kid: '#key-1' }));
    expect(result).toMatchObject({ status: 'ok', params: { verificationMethod: web.verificationMethod } });
    expect(binding).toBeNull();
  });

  it('kid = https URL of a key document, and of a key inside the issuer profile', async () => {
    const withKeyDocument = await httpsIssuer('jwt-keydoc', host.base, { keyDocument: true });
    const inProfile = await httpsIssuer('jwt-profile', host.base);
    for (const issuer of [withKeyDocument, inProfile]) {
      issuer.documents.forEach((document, url) => host.documents.set(url, document));
      const { result, signer, binding } = await check(await sign(issuer));
      expect(result).toMatchObject({ status: 'ok', params: { verificationMethod: issuer.verificationMethod } });
      expect(signer).toMatchObject({ controller: issuer.did });
      expect(binding).toBeNull();
    }
  });

  it('no kid, issuer is a did:key: its own key', async () => {
    expect((await check(await sign(ed, { kid: null }))).result).toMatchObject({ status: 'ok', params: { verificationMethod: ed.did } });
  });

  it('no kid and no jwk, issuer on the web: no_key', async () => {
    const web = await httpsIssuer('jwt-nokid', host.base);
    web.documents.forEach((document, url) => host.documents.set(url, document));
    expect((await check(await sign(web, { kid: null }))).result).toMatchObject({ status: 'failed', code: 'no_key' });
  });
});

describe('a jwk header counts only when the key is the issuer’s', () => {
  it.each(['Ed25519', 'P-256'] as const)('issuer is did:jwk of that key (%s): valid', async (curve) => {
    const jwkIssuer = await didJwkIssuer('jwt-jwk', curve);
    const { result, signer, binding } = await check(await sign(jwkIssuer, { kid: null, embedJwk: true }));
    expect(result).toMatchObject({ status: 'ok', params: { verificationMethod: `${jwkIssuer.did}#0` } });
    expect(signer).toMatchObject({ controller: jwkIssuer.did });
    expect(binding).toBeNull();
  });

  it('issuer profile lists a key with the same thumbprint: valid, reported as that key', async () => {
    const web = await httpsIssuer('jwt-jwk-listed', host.base);
    web.documents.forEach((document, url) => host.documents.set(url, document));
    expect((await check(await sign(web, { kid: null, embedJwk: true }))).result).toMatchObject({
      status: 'ok',
      params: { verificationMethod: `${web.did}#key-1` },
    });
  });

  it('a stranger’s key in the header, issuer named as someone else: jwt_jwk_not_bound', async () => {
    const web = await httpsIssuer('jwt-jwk-victim', host.base);
    web.documents.forEach((document, url) => host.documents.set(url, document));
    const stranger = await didKeyIssuer('jwt-stranger');
    const token = await signJwt(badge({ ...stranger, did: web.did }), stranger, { kid: null, embedJwk: true, claims: { iss: web.did } });
    expect((await check(token)).result).toMatchObject({ status: 'failed', code: 'jwt_jwk_not_bound', params: { issuer: web.did } });
  });

  it('a jwk header that is not the key kid names: jwt_jwk_mismatch', async () => {
    const stranger = await didKeyIssuer('jwt-stranger');
    const token = await signJwt(badge(ed), ed, { embedJwk: true });
    const [h, p, s] = token.split('.');
    const header = { ...JSON.parse(Buffer.from(h!, 'base64url').toString()), jwk: stranger.publicJwk };
    const forged = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${p}.${s}`;
    expect((await check(forged)).result).toMatchObject({ status: 'failed', code: 'jwt_jwk_mismatch' });
  });
});

describe('signature, header and claims', () => {
  it('a changed payload fails with invalid_signature', async () => {
    const [h, p, s] = (await sign(ed)).split('.');
    const payload = { ...JSON.parse(Buffer.from(p!, 'base64url').toString()), name: 'Brain Surgery' };
    expect((await check(`${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`)).result).toMatchObject({
      status: 'failed',
      code: 'invalid_signature',
    });
  });

  it('a signature by another key than kid names fails with invalid_signature', async () => {
    const other = await didKeyIssuer('jwt-other');
    const token = await signJwt(badge(ed), { ...other, verificationMethod: ed.verificationMethod, did: ed.did });
    expect((await check(token)).result).toMatchObject({ status: 'failed', code: 'invalid_signature' });
  });

  it('alg none is refused (unsupported_alg), even with a key named', async () => {
    const [, p] = (await sign(ed)).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: ed.verificationMethod })).toString('base64url');
    expect((await check(`${header}.${p}.`)).result).toMatchObject({ status: 'failed', code: 'unsupported_alg', params: { alg: 'none' } });
  });

  it.each([
    [{ typ: 'JWT' }, null],
    [{ typ: 'VC+LD+JSON+JWT' }, null],
    [{ typ: 'application/vc+jwt', cty: 'vc' }, null],
    [{ typ: 'vc+ld+jwt', cty: 'vc+ld+json' }, null],
    [{ typ: 'JOSE' }, 'typ'],
    [{ typ: 'vc+jwt', cty: 'json' }, 'cty'],
  ] as const)('header %j → %s', async (headerOptions, bad) => {
    const { result } = await check(await sign(ed, headerOptions));
    if (bad) expect(result).toMatchObject({ status: 'failed', code: 'jwt_bad_header', params: { header: bad } });
    else expect(result.status).toBe('ok');
  });

  it.each([
    ['iss', { iss: 'did:key:z6MkSomeoneElse' }],
    ['jti', { jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['sub', { sub: 'did:example:someone-else' }],
    ['nbf', { nbf: Date.parse('2026-01-16T09:00:00Z') / 1000 }],
    ['exp', { exp: Date.parse('2031-01-15T09:00:00Z') / 1000 }],
  ])('a %s claim that contradicts the credential fails with jwt_claim_mismatch', async (claim, claims) => {
    const withSubject = { ...badge(ed), credentialSubject: { ...(badge(ed).credentialSubject as object), id: 'did:example:kim' } };
    const token = await signJwt(withSubject, ed, { claims });
    expect((await check(token)).result).toMatchObject({ status: 'failed', code: 'jwt_claim_mismatch', params: { claim } });
  });

  it('claims that agree with the credential to the second pass (VC-JOSE-COSE and VC-JWT 1.1)', async () => {
    const credential: Record<string, unknown> = { ...badge(ed), credentialSubject: { ...(badge(ed).credentialSubject as object), id: 'did:example:kim' } };
    const claims = {
      sub: 'did:example:kim',
      jti: credential.id,
      nbf: Date.parse('2026-01-15T09:00:00Z') / 1000,
      exp: Date.parse('2030-01-15T09:00:00Z') / 1000,
    };
    expect((await check(await signJwt(credential, ed, { claims }))).result.status).toBe('ok');
    const { validFrom: _from, validUntil: _until, id: _id, ...bare } = credential;
    expect((await check(await signJwt(bare, ed, { envelope: 'vc', claims, typ: 'JWT' }))).result.status).toBe('ok');
  });
});
