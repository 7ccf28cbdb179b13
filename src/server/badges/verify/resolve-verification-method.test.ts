// Keys found on the web and in DID documents, served by a local issuer website: the proof check reports who
// controls the key and what it is listed for, and the issuer check turns that into key_not_listed / wrong_controller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { ob3Credential, signDataIntegrity, type AchievementTemplate } from '../issuing/issue-ob3';
import { didKeyIssuer, didWebIssuer, httpsIssuer, type IssuerKey } from '../issuing/issuer-keys';
import type { DecodedCredential } from '../parse/decode-credential';
import type { BadgeFacts } from './facts';
import { issuerBindingProblem } from './issuer-binding';
import { checkDataIntegrityProof } from './proof-data-integrity';
import { resolveVerificationMethod } from './resolve-verification-method';

const AT = '2026-02-01T00:00:00Z';
const achievement: AchievementTemplate = { id: 'urn:uuid:0e9d1c7a-2222-4222-8333-444455556666', name: 'Welding', description: 'Welds.', criteria: 'Welded.' };
let host: FixtureHost;

const serve = (documents: Map<string, Record<string, unknown>>) => documents.forEach((document, url) => host.documents.set(url, document));
const unsigned = (issuerId: string, issuer: IssuerKey) =>
  ob3Credential({ issuer: { ...issuer, did: issuerId }, issuerName: 'Weld Hall', achievement, recipientEmail: 'jo@example.test' });

/** Proof check, then the issuer binding, as verifyCredential chains them. */
async function proofAndBinding(credential: Record<string, unknown>) {
  const issuerId = (credential.issuer as { id: string }).id;
  const facts = { issuer: { id: issuerId, name: 'Weld Hall', url: null }, issuedAt: AT } as BadgeFacts;
  const proof = await checkDataIntegrityProof({ credential } as DecodedCredential, facts);
  return { proof: proof.result, signer: proof.signer, binding: proof.signer ? issuerBindingProblem(facts, proof.signer) : null };
}

/** A did:web issuer under its own path (did:web:<host>:<path>), so that cached DID documents of other tests do not interfere. */
async function didWebAt(name: string, path: string, edit: (document: Record<string, unknown>) => Record<string, unknown> = (d) => d) {
  const base = await didWebIssuer(name, host.host);
  const did = `${base.did}:${path}`;
  base.keyPair.id = `${did}#key-1`;
  base.keyPair.controller = did;
  const didDocument = edit(JSON.parse(JSON.stringify(base.didDocument).replaceAll(base.did, did)) as Record<string, unknown>);
  host.documents.set(`${host.base}/${path}/did.json`, didDocument);
  return { ...base, did, verificationMethod: `${did}#key-1`, didDocument };
}

beforeAll(async () => {
  host = await startFixtureHost();
});
afterAll(async () => host.close());

describe('https verification methods', () => {
  it('a key inside the issuer profile (OB 3.0 examples: <issuer>#key-1) verifies and is bound to the issuer', async () => {
    const issuer = await httpsIssuer('profile-key', host.base);
    serve(issuer.documents);
    const { proof, signer, binding } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof).toMatchObject({ status: 'ok', code: 'valid', params: { verificationMethod: `${issuer.did}#key-1` } });
    expect(signer).toEqual({
      kind: 'key',
      verificationMethod: `${issuer.did}#key-1`,
      controller: issuer.did,
      suite: 'eddsa-rdfc-2022',
      purposes: ['assertionMethod'],
    });
    expect(binding).toBeNull();
  });

  it('a separate key document naming the issuer as controller verifies and is bound', async () => {
    const issuer = await httpsIssuer('key-doc', host.base, { keyDocument: true });
    serve(issuer.documents);
    const { proof, signer, binding } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof.status).toBe('ok');
    expect(signer).toMatchObject({ verificationMethod: `${host.base}/keys/key-doc`, controller: issuer.did, purposes: ['assertionMethod'] });
    expect(binding).toBeNull();
  });

  it('a key its controller does not list under assertionMethod: proof ok, issuer fails with key_not_listed', async () => {
    const issuer = await httpsIssuer('unlisted', host.base, { keyDocument: true, listed: false });
    serve(issuer.documents);
    const { proof, binding } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof.status).toBe('ok');
    expect(binding).toMatchObject({
      check: 'issuer',
      status: 'failed',
      code: 'key_not_listed',
      params: { key: `${host.base}/keys/unlisted`, controller: issuer.did },
    });
  });

  it('a key controlled by someone else than the issuer named: issuer fails with wrong_controller', async () => {
    const real = await httpsIssuer('real-college', host.base);
    const forger = await httpsIssuer('forger', host.base);
    serve(real.documents);
    serve(forger.documents);
    const { proof, binding } = await proofAndBinding(await signDataIntegrity(unsigned(real.did, forger), forger));
    expect(proof.status).toBe('ok');
    expect(binding).toMatchObject({ code: 'wrong_controller', params: { controller: forger.did, id: real.did } });
  });

  it('a document that does not state its own address is refused (no_key), so a site cannot publish keys for another', async () => {
    const issuer = await httpsIssuer('liar', host.base, { keyDocument: true });
    serve(issuer.documents);
    host.documents.set(`${host.base}/keys/liar`, { ...issuer.documents.get(`${host.base}/keys/liar`)!, id: 'https://elsewhere.example/keys/1' });
    const { proof } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof).toMatchObject({ status: 'failed', code: 'no_key' });
  });

  it('a missing key document (404) is a permanent no_key, not a network problem', async () => {
    const issuer = await httpsIssuer('gone', host.base, { keyDocument: true });
    const { proof } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof).toMatchObject({ status: 'failed', code: 'no_key', params: { key: `${host.base}/keys/gone` } });
  });

  it('a refused address (private network) is no_key, never “will try again”', async () => {
    const issuer = await didKeyIssuer('refused-host');
    const signed = await signDataIntegrity(unsigned('https://10.1.2.3/issuers/1', issuer), issuer);
    const proof = { ...(signed.proof as Record<string, unknown>), verificationMethod: 'https://10.1.2.3/issuers/1#key-1' };
    const { proof: result } = await proofAndBinding({ ...signed, proof });
    expect(result).toMatchObject({ status: 'failed', code: 'no_key' });
  });

  it('a document that is not JSON is a permanent no_key', async () => {
    const issuer = await httpsIssuer('not-json', host.base);
    host.documents.set(issuer.did, '{');
    const { proof } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof).toMatchObject({ status: 'failed', code: 'no_key' });
  });

  it('a key host that does not answer in time is a transient network skip with the URL', async () => {
    const issuer = await httpsIssuer('hangs', host.base);
    host.hang.add('/issuers/hangs');
    const { proof } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof).toMatchObject({ status: 'skipped', code: 'network', params: { url: issuer.did } });
  }, 15_000);
});

describe('DID documents', () => {
  it('did:web: a key the DID document lists only under authentication fails the issuer check with key_not_listed', async () => {
    const issuer = await didWebAt('did-web-unlisted', 'unlisted', (d) => ({ ...d, assertionMethod: [] }));
    const { proof, signer, binding } = await proofAndBinding(await signDataIntegrity(unsigned(issuer.did, issuer), issuer));
    expect(proof.status).toBe('ok');
    expect(signer).toMatchObject({ controller: issuer.did, purposes: ['authentication'] });
    expect(binding).toMatchObject({ code: 'key_not_listed' });
  });

  it('did:web: a relative key reference (#key-1) under assertionMethod counts', async () => {
    const issuer = await didWebAt('did-web-relative', 'relative', (d) => ({ ...d, assertionMethod: ['#key-1'] }));
    expect((await resolveVerificationMethod(issuer.verificationMethod)).purposes).toContain('assertionMethod');
  });

  it('an https issuer may sign with a key of its did:web (same address)', async () => {
    const issuer = await didWebAt('did-web-alias', 'alias');
    const { binding, proof } = await proofAndBinding(await signDataIntegrity(unsigned(`${host.base}/alias`, issuer), issuer));
    expect(proof.status).toBe('ok');
    expect(binding).toBeNull();
    // …but not an https issuer at another address.
    const elsewhere = await proofAndBinding(await signDataIntegrity(unsigned(`${host.base}/alias-not`, issuer), issuer));
    expect(elsewhere.binding).toMatchObject({ code: 'wrong_controller', params: { controller: issuer.did } });
  });

  it('did:key without fragment and with fragment resolve to the same key, listed under assertionMethod', async () => {
    const issuer = await didKeyIssuer('did-key-bare');
    const bare = await resolveVerificationMethod(issuer.did);
    const full = await resolveVerificationMethod(issuer.verificationMethod);
    expect(bare.key.publicKeyMultibase).toBe(full.key.publicKeyMultibase);
    expect(bare).toMatchObject({ keyId: issuer.verificationMethod, controller: issuer.did, purposes: expect.arrayContaining(['assertionMethod']) });
  });

  it('a did:key fragment that is not its key is key_not_found', async () => {
    const issuer = await didKeyIssuer('did-key-bad-fragment');
    await expect(resolveVerificationMethod(`${issuer.did}#nope`)).rejects.toMatchObject({ name: 'KeyResolutionError', code: 'key_not_found' });
  });
});

describe('a document may not hand out a key under another identifier', () => {
  // A did:web document whose single key claims the id (and controller) of somebody's did:key, with the attacker's key
  // material: without the check, "did:web:…:evil" resolved to a key "of" the victim, listed for assertions and
  // authentication in the victim's real DID document.
  async function impostorDocument(path: string) {
    const victim = await didKeyIssuer(`victim-${path}`);
    const attacker = await didKeyIssuer(`attacker-${path}`);
    const base = await didWebIssuer(`evil-${path}`, host.host);
    const evil = `${base.did}:${path}`;
    attacker.keyPair.id = evil;
    attacker.keyPair.controller = evil;
    const material = await attacker.keyPair.export({ publicKey: true, includeContext: false });
    host.documents.set(`${host.base}/${path}/did.json`, {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: evil,
      verificationMethod: [{ ...material, id: victim.verificationMethod, controller: victim.did }],
      assertionMethod: [victim.verificationMethod],
      authentication: [victim.verificationMethod],
    });
    return { victim, attacker: { ...attacker, verificationMethod: evil }, evil };
  }

  it('refuses to resolve it (the holder-binding path)', async () => {
    const { evil } = await impostorDocument('evil-holder');
    await expect(resolveVerificationMethod(evil)).rejects.toThrow(/lists no key|another identifier/);
  });

  it('does not verify a credential "from" the victim signed with it (the issuer path)', async () => {
    const { victim, attacker } = await impostorDocument('evil-issuer');
    const forged = await signDataIntegrity(unsigned(victim.did, victim), attacker);
    const { proof, signer } = await proofAndBinding(forged);
    expect(proof.status).not.toBe('ok');
    expect(signer).toBeNull();
  });
});
