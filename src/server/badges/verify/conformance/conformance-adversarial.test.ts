// Forgeries a real attacker can make, minted at test time with real keys and served by a local issuer website:
// each must fail for the right reason (check and code), never pass as verified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckName } from '@/lib/verification/model';
import { memoryIssuerRegistry, type IssuerRegistry } from '@/server/issuers/issuer-registry';
import { startFixtureHost, type FixtureHost } from '../../issuing/fixture-host';
import { ob3Credential, signDataIntegrity, type AchievementTemplate } from '../../issuing/issue-ob3';
import { didKeyIssuer, didWebIssuer, type IssuerKey } from '../../issuing/issuer-keys';
import { statusListCredential } from '../../issuing/status-list';
import { decodeCredentials } from '../../parse/decode-credential';
import { verifyCredential, type Verification } from '../verify-credential';

const NOW = new Date('2026-06-01T00:00:00Z');
const COLLEGE = { issuerId: 'did:web:forthvalley.ac.uk', name: 'Forth Valley College', domains: ['forthvalley.ac.uk'], source: 'organisation' as const };
const cyber: AchievementTemplate = {
  id: 'https://forthvalley.ac.uk/achievements/cyber-security-essentials',
  name: 'Cyber Security Essentials',
  description: 'Secures a small network.',
  criteria: 'Passed the practical assessment.',
};
const ownAchievement: AchievementTemplate = { ...cyber, id: 'urn:uuid:5b1d7f0e-0000-4000-8000-00000000a001', name: 'Home Lab' };

type WebIssuer = IssuerKey & { didDocument: Record<string, unknown> };
let host: FixtureHost;
let forger: IssuerKey;
let honest: IssuerKey;
let other: IssuerKey;

async function verify(credential: Record<string, unknown>, registry: IssuerRegistry = memoryIssuerRegistry([COLLEGE])): Promise<Verification> {
  const [decoded] = await decodeCredentials({ source: 'json', text: JSON.stringify(credential) });
  return verifyCredential(decoded!, { seeker: null, registry, now: NOW });
}
const check = (v: Verification, name: CheckName) => v.report.checks.find((c) => c.check === name)!;
/** An honest-looking badge; a status entry is one object, as in the OB 3.0 specification's examples. */
function badge(issuer: IssuerKey, extra: Partial<Parameters<typeof ob3Credential>[0]> = {}): Record<string, unknown> {
  const credential = ob3Credential({ issuer, issuerName: 'Honest Training Ltd', achievement: ownAchievement, recipientEmail: 'sam@example.test', ...extra });
  return Array.isArray(credential.credentialStatus) ? { ...credential, credentialStatus: credential.credentialStatus[0] } : credential;
}

/** A did:web issuer under a path of the fixture host (did:web:<host>:<path>), its DID document served there. */
async function didWebAt(
  name: string,
  path: string,
  editDocument: (document: Record<string, unknown>, issuer: WebIssuer) => void = () => {},
): Promise<WebIssuer> {
  const base = await didWebIssuer(name, host.host);
  const did = `${base.did}:${path}`;
  base.keyPair.id = `${did}#key-1`;
  base.keyPair.controller = did;
  const issuer: WebIssuer = {
    ...base,
    did,
    verificationMethod: `${did}#key-1`,
    didDocument: JSON.parse(JSON.stringify(base.didDocument).replaceAll(base.did, did)),
  };
  editDocument(issuer.didDocument, issuer);
  host.documents.set(`${host.base}/${path}/did.json`, issuer.didDocument);
  return issuer;
}

/** Serves a (signed) list at `path` of the fixture host, exactly as given, and returns its URL. */
function publish(path: string, list: Record<string, unknown>): string {
  const url = `${host.base}/${path}`;
  host.documents.set(url, list);
  return url;
}

beforeAll(async () => {
  host = await startFixtureHost();
  forger = await didKeyIssuer('adversarial-forger');
  honest = await didKeyIssuer('adversarial-honest');
  other = await didKeyIssuer('adversarial-other');
});
afterAll(async () => host.close());

describe('impersonation of a known issuer fails the issuer check', () => {
  it('a self-signed did:key claiming the known college’s name → failed · impersonation (by name)', async () => {
    const v = await verify(await signDataIntegrity(badge(forger, { issuerName: 'Forth  Valley college.' }), forger));
    expect(check(v, 'proof').status).toBe('ok');
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'impersonation', params: { by: 'name', imitates: COLLEGE.issuerId } });
    expect(v.report.state).toBe('failed');
  });

  it('an honest name but the college’s achievement id (under its domain) → failed · impersonation (by achievement)', async () => {
    const v = await verify(await signDataIntegrity(badge(forger, { achievement: cyber }), forger));
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'impersonation', params: { by: 'achievement', imitates: COLLEGE.issuerId } });
    expect(v.report.state).toBe('failed');
  });

  it('control: the same honest badge with its own achievement id is verified · issuer not known', async () => {
    const v = await verify(await signDataIntegrity(badge(honest), honest));
    expect(check(v, 'issuer')).toMatchObject({ status: 'warning', code: 'unknown' });
    expect(v.report.state).toBe('verified');
  });
});

describe('the signing key must belong to the issuer', () => {
  it('a did:web whose key names another controller → failed (issuer wrong_controller)', async () => {
    const issuer = await didWebAt('adversarial-wrong-controller', 'wrong-controller', (document) => {
      (document.verificationMethod as Record<string, unknown>[])[0]!.controller = other.did;
    });
    const v = await verify(await signDataIntegrity(badge(issuer), issuer));
    expect(v.report.state).toBe('failed');
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'wrong_controller' });
  });

  it('a did:web key listed for authentication only, not assertionMethod → failed (issuer key_not_listed)', async () => {
    const issuer = await didWebAt('adversarial-auth-only', 'auth-only', (document) => {
      document.assertionMethod = [];
    });
    const v = await verify(await signDataIntegrity(badge(issuer), issuer));
    expect(v.report.state).toBe('failed');
    expect(check(v, 'issuer')).toMatchObject({ status: 'failed', code: 'key_not_listed' });
  });

  it('a did:key credential naming a did:web issuer it does not control → failed (proof or issuer), never verified', async () => {
    const victim = await didWebAt('adversarial-victim', 'victim');
    const credential = badge(forger);
    credential.issuer = { id: victim.did, type: ['Profile'], name: 'Victim Academy' };
    const v = await verify(await signDataIntegrity(credential, forger));
    expect(v.report.state).toBe('failed');
    expect([check(v, 'proof'), check(v, 'issuer')].some((c) => c.status === 'failed')).toBe(true);
  });
});

describe('status lists must be the issuer’s, for the right purpose, unchanged', () => {
  it('a list claiming the issuer but signed by someone else’s key → failed status', async () => {
    const { proof: _unused, ...unsigned } = await statusListCredential({ issuer: other, url: `${host.base}/lists/forged`, setIndexes: [] });
    const url = publish('lists/forged', await signDataIntegrity({ ...unsigned, issuer: honest.did }, other));
    const v = await verify(await signDataIntegrity(badge(honest, { status: [{ listUrl: url, index: 3 }] }), honest));
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'list_wrong_signer' });
    expect(v.report.state).toBe('failed');
  });

  it('a list honestly issued by another issuer (a shared list, allowed by Bitstring Status List) → verified, with a warning', async () => {
    const url = publish('lists/shared', await statusListCredential({ issuer: other, url: `${host.base}/lists/shared`, setIndexes: [] }));
    const v = await verify(await signDataIntegrity(badge(honest, { status: [{ listUrl: url, index: 3 }] }), honest));
    expect(check(v, 'status')).toMatchObject({ status: 'warning', code: 'not_revoked', notes: [expect.objectContaining({ code: 'foreign_list' })] });
    expect(v.report.state).toBe('verified');
  });

  it('a suspension entry pointing at a revocation list → failed status (purposes must agree)', async () => {
    const url = publish('lists/revocation-only', await statusListCredential({ issuer: honest, url: `${host.base}/lists/revocation-only`, setIndexes: [] }));
    const v = await verify(await signDataIntegrity(badge(honest, { status: [{ listUrl: url, index: 4, purpose: 'suspension' }] }), honest));
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'purpose_mismatch' });
    expect(v.report.state).toBe('failed');
  });

  it('a list changed after signing (a revoked bit cleared) → failed status, not "not revoked"', async () => {
    const url = `${host.base}/lists/tampered`;
    const signed = await statusListCredential({ issuer: honest, url, setIndexes: [5] });
    const cleared = await statusListCredential({ issuer: honest, url, setIndexes: [] });
    const subject = signed.credentialSubject as Record<string, unknown>;
    publish('lists/tampered', {
      ...signed,
      credentialSubject: { ...subject, encodedList: (cleared.credentialSubject as { encodedList: string }).encodedList },
    });
    const v = await verify(await signDataIntegrity(badge(honest, { status: [{ listUrl: url, index: 5 }] }), honest));
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'list_invalid_proof' });
    expect(v.report.state).toBe('failed');
  });

  it('control: the untampered list revokes it', async () => {
    const url = publish('lists/revoked', await statusListCredential({ issuer: honest, url: `${host.base}/lists/revoked`, setIndexes: [5] }));
    const v = await verify(await signDataIntegrity(badge(honest, { status: [{ listUrl: url, index: 5 }] }), honest));
    expect(check(v, 'status')).toMatchObject({ status: 'failed', code: 'revoked' });
    expect(v.report.state).toBe('revoked');
  });
});
