// Every supported Data Integrity suite, with real keys and signatures: each verifies, reports the suite and key
// that verified, and fails for the right reason (a code, never library text) when altered or unsupported.
import { describe, expect, it, beforeAll } from 'vitest';
import { deriveDisclosure, ob3Credential, signDataIntegrity, type AchievementTemplate } from '../issuing/issue-ob3';
import { didJwkIssuer, didKeyIssuer, p256DidKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { verifyDataIntegrity } from './data-integrity';

const AT = '2026-02-01T00:00:00Z';
const achievement: AchievementTemplate = {
  id: 'urn:uuid:0e9d1c7a-1111-4222-8333-444455556666',
  name: 'Soldering',
  description: 'Solders.',
  criteria: 'Soldered.',
};
const credential = (issuer: IssuerKey) => ob3Credential({ issuer, issuerName: 'Bench Works', achievement, recipientEmail: 'ali@example.test' });
const tamper = (signed: Record<string, unknown>) => ({ ...signed, name: 'Brain Surgery' });

let ed: IssuerKey;
let p256: IssuerKey;
beforeAll(async () => {
  ed = await didKeyIssuer('di-test-ed');
  p256 = await p256DidKeyIssuer();
});

describe('suites', () => {
  it.each(['eddsa-rdfc-2022', 'Ed25519Signature2020'] as const)('%s with an Ed25519 did:key verifies, and reports its suite and key', async (suite) => {
    const outcome = await verifyDataIntegrity(await signDataIntegrity(credential(ed), ed, suite), AT);
    expect(outcome).toMatchObject({ verified: true, suite, verificationMethod: ed.verificationMethod, notes: [] });
    if (outcome.verified) expect(outcome.key).toMatchObject({ controller: ed.did, purposes: expect.arrayContaining(['assertionMethod']) });
  });

  it.each(['eddsa-rdfc-2022', 'Ed25519Signature2020', 'eddsa-2022'] as const)('%s: a changed credential fails with invalid_signature', async (suite) => {
    expect(await verifyDataIntegrity(tamper(await signDataIntegrity(credential(ed), ed, suite)), AT)).toMatchObject({
      verified: false,
      code: 'invalid_signature',
      network: false,
    });
  });

  it('legacy eddsa-2022 verifies as eddsa-rdfc-2022, with the legacy_suite note', async () => {
    const signed = await signDataIntegrity(credential(ed), ed, 'eddsa-2022');
    expect((signed.proof as { cryptosuite: string }).cryptosuite).toBe('eddsa-2022');
    expect(await verifyDataIntegrity(signed, AT)).toMatchObject({
      verified: true,
      suite: 'eddsa-2022',
      notes: [{ code: 'legacy_suite', params: { suite: 'eddsa-2022' } }],
    });
  });

  it('ecdsa-rdfc-2019 with a P-256 did:key (zDn…) verifies; changed, it fails with invalid_signature', async () => {
    expect(p256.did).toMatch(/^did:key:zDn/);
    const signed = await signDataIntegrity(credential(p256), p256, 'ecdsa-rdfc-2019');
    expect(await verifyDataIntegrity(signed, AT)).toMatchObject({ verified: true, suite: 'ecdsa-rdfc-2019', verificationMethod: p256.verificationMethod });
    expect(await verifyDataIntegrity(tamper(signed), AT)).toMatchObject({ verified: false, code: 'invalid_signature' });
  });

  it('ecdsa-sd-2023: a derived proof verifies; a changed disclosed value fails; the base proof is refused as such', async () => {
    const base = await signDataIntegrity(credential(p256), p256, 'ecdsa-sd-2023', {
      mandatoryPointers: ['/issuer', '/validFrom', '/type', '/credentialSubject/type'],
    });
    expect(await verifyDataIntegrity(base, AT)).toMatchObject({ verified: false, code: 'sd_base_proof' });
    const derived = await deriveDisclosure(base, ['/credentialSubject/achievement', '/name']);
    expect(await verifyDataIntegrity(derived, AT)).toMatchObject({ verified: true, suite: 'ecdsa-sd-2023', verificationMethod: p256.verificationMethod });
    expect(await verifyDataIntegrity(tamper(derived), AT)).toMatchObject({ verified: false, code: 'invalid_signature' });
  });

  it('an eddsa proof made with a P-256 key is not a valid proof (and not a crash)', async () => {
    const signed = await signDataIntegrity(credential(ed), ed);
    const proof = { ...(signed.proof as Record<string, unknown>), verificationMethod: p256.verificationMethod };
    expect(await verifyDataIntegrity({ ...signed, proof }, AT)).toMatchObject({ verified: false, code: 'invalid' });
  });

  it.each([
    [{ type: 'DataIntegrityProof', cryptosuite: 'bbs-2023' }, 'bbs-2023'],
    [{ type: 'JsonWebSignature2020' }, 'JsonWebSignature2020'],
    [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' }, 'eddsa-jcs-2022'],
  ])('an unsupported suite fails with unsupported_suite naming it (%j)', async (shape, name) => {
    const signed = await signDataIntegrity(credential(ed), ed);
    const proof = { ...(signed.proof as Record<string, unknown>), cryptosuite: undefined, ...shape };
    expect(await verifyDataIntegrity({ ...signed, proof }, AT)).toMatchObject({ verified: false, code: 'unsupported_suite', params: { suite: name } });
  });

  it('a proof whose purpose is not assertionMethod fails with wrong_proof_purpose', async () => {
    const signed = await signDataIntegrity(credential(ed), ed);
    const proof = { ...(signed.proof as Record<string, unknown>), proofPurpose: 'authentication' };
    expect(await verifyDataIntegrity({ ...signed, proof }, AT)).toMatchObject({
      verified: false,
      code: 'wrong_proof_purpose',
      params: { purpose: 'authentication' },
    });
  });
});

describe('did:key and did:jwk verification methods', () => {
  it('a did:key verification method without fragment resolves to its key', async () => {
    const unsigned = credential(ed);
    const bare = { ...ed, keyPair: ed.keyPair, verificationMethod: ed.did };
    ed.keyPair.id = ed.did;
    try {
      const signed = await signDataIntegrity(unsigned, bare);
      expect((signed.proof as { verificationMethod: string }).verificationMethod).toBe(ed.did);
      const outcome = await verifyDataIntegrity(signed, AT);
      expect(outcome).toMatchObject({ verified: true, verificationMethod: ed.did });
      if (outcome.verified)
        expect(outcome.key).toMatchObject({ controller: ed.did, keyId: `${ed.did}#${ed.did.slice(8)}`, purposes: expect.arrayContaining(['assertionMethod']) });
    } finally {
      ed.keyPair.id = ed.verificationMethod;
    }
  });

  it.each(['Ed25519', 'P-256'] as const)('did:jwk (%s) verifies, controlled by the did:jwk and listed for assertions', async (curve) => {
    const issuer = await didJwkIssuer('di-test-jwk', curve);
    const signed = await signDataIntegrity(credential(issuer), issuer, curve === 'P-256' ? 'ecdsa-rdfc-2019' : 'eddsa-rdfc-2022');
    const outcome = await verifyDataIntegrity(signed, AT);
    expect(outcome).toMatchObject({ verified: true, verificationMethod: `${issuer.did}#0` });
    if (outcome.verified) expect(outcome.key).toMatchObject({ controller: issuer.did, purposes: expect.arrayContaining(['assertionMethod']) });
  });

  it('a DID method Badgeboard does not resolve fails with unsupported_did_method naming it', async () => {
    const signed = await signDataIntegrity(credential(ed), ed);
    const proof = { ...(signed.proof as Record<string, unknown>), verificationMethod: 'did:ion:EiAbc#key-1' };
    expect(await verifyDataIntegrity({ ...signed, proof }, AT)).toMatchObject({
      verified: false,
      code: 'unsupported_did_method',
      params: { method: 'did:ion' },
    });
  });
});

describe('several proofs', () => {
  it('the proof that verifies is reported, even when another comes first and fails', async () => {
    const other = await didKeyIssuer('di-test-other');
    const good = await signDataIntegrity(credential(ed), ed);
    const broken = { ...(good.proof as Record<string, unknown>), type: 'DataIntegrityProof', cryptosuite: 'bbs-2023' };
    const byOther = (await signDataIntegrity(credential(ed), other)).proof;
    const outcome = await verifyDataIntegrity({ ...good, proof: [broken, byOther, good.proof] }, AT);
    // byOther verifies too (a valid signature by someone else) but the issuer's own proof is the one bound to it.
    expect(outcome).toMatchObject({ verified: true, verificationMethod: ed.verificationMethod });
  });

  it('with only a stranger’s valid proof, that proof is reported (the issuer check will reject its controller)', async () => {
    const other = await didKeyIssuer('di-test-other');
    const byOther = await signDataIntegrity(credential(ed), other);
    expect(await verifyDataIntegrity(byOther, AT)).toMatchObject({ verified: true, verificationMethod: other.verificationMethod });
  });

  it('when none verifies, the first failure is reported', async () => {
    const signed = await signDataIntegrity(credential(ed), ed);
    const unsupported = { ...(signed.proof as Record<string, unknown>), cryptosuite: 'bbs-2023' };
    expect(await verifyDataIntegrity(tamper({ ...signed, proof: [unsupported, signed.proof] }), AT)).toMatchObject({
      verified: false,
      code: 'unsupported_suite',
      params: { suite: 'bbs-2023' },
    });
    expect(await verifyDataIntegrity(tamper({ ...signed, proof: [signed.proof, unsupported] }), AT)).toMatchObject({
      verified: false,
      code: 'invalid_signature',
    });
  });

  it('two proofs added one after the other by the signing kit both verify', async () => {
    const p = await signDataIntegrity(await signDataIntegrity(credential(ed), ed, 'Ed25519Signature2020'), ed);
    expect(Array.isArray(p.proof) && p.proof.length).toBe(2);
    expect(await verifyDataIntegrity(p, AT)).toMatchObject({ verified: true, suite: 'Ed25519Signature2020' });
  });
});
