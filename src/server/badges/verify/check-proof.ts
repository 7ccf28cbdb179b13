import { compactVerify, importJWK, importSPKI, jwtVerify, type JWK } from 'jose';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { CheckResult } from '@/server/db/schema';
import { fetchJson } from '@/server/net/safe-fetch';
import type { DecodedCredential } from '../parse/decode-credential';
import { verifyDataIntegrity } from './data-integrity';
import { resolveDid } from './did-resolver';
import type { BadgeFacts } from './facts';

/** Who signed: the key (a DID URL or an OB 2.0 key URL) or the hosting origin. Feeds the issuer check. */
export type Signer = { kind: 'did'; verificationMethod: string } | { kind: 'ob2-hosted'; url: string } | { kind: 'ob2-key'; keyUrl: string };
export type ProofCheck = { result: CheckResult; signer: Signer | null };

const ok = (reason: string, signer: Signer): ProofCheck => ({ result: { check: 'proof', status: 'ok', reason }, signer });
const failed = (reason: string, code = 'invalid'): ProofCheck => ({ result: { check: 'proof', status: 'failed', reason, code }, signer: null });
const unreachable = (reason: string): ProofCheck => ({ result: { check: 'proof', status: 'skipped', reason, code: 'network' }, signer: null });
const isNetwork = (error: unknown) => (error as { name?: string })?.name === 'FetchRefusedError' || /fetch|timed? ?out|ECONN|ENOTFOUND|took longer/i.test(String((error as Error)?.message));

function humanise(message: string): string {
  if (/invalid signature|signature verification failed/i.test(message)) return 'The signature does not match the content: the badge was changed after it was issued, or signed with another key.';
  return message;
}

async function keyFromVerificationMethod(kid: string, alg: string) {
  const method = await resolveDid(kid);
  if (method.publicKeyJwk) return importJWK(method.publicKeyJwk as JWK, alg);
  if (typeof method.publicKeyMultibase === 'string') {
    const keyPair = await Ed25519Multikey.from(method);
    return importJWK((await Ed25519Multikey.toJwk({ keyPair })) as JWK, 'EdDSA');
  }
  throw new Error(`${kid} has no public key Badgeboard can use`);
}

async function checkJwt(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const { header, token } = decoded.jwt!;
  const issuer = facts.issuer.id;
  const kid = header.kid ? (header.kid.startsWith('#') ? `${issuer}${header.kid}` : header.kid) : null;
  if (!kid || !kid.startsWith('did:')) return failed('The JWT names no key of the issuer (its "kid" must be a DID URL), so its signature cannot be checked.', 'no_key');
  try {
    const key = await keyFromVerificationMethod(kid, header.alg ?? 'EdDSA');
    await jwtVerify(token, key, { algorithms: ['EdDSA', 'ES256', 'RS256'], clockTolerance: '100y' });
    return ok(`The JWT signature (${header.alg}) is valid for ${kid.split('#')[0]}.`, { kind: 'did', verificationMethod: kid });
  } catch (error) {
    if (isNetwork(error)) return unreachable(`The issuer's key could not be fetched (${(error as Error).message}). Badgeboard will try again.`);
    return failed(humanise((error as Error).message));
  }
}

async function checkOb2Hosted(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const url = facts.ob2!.assertionId;
  if (!/^https?:\/\//.test(url)) return failed('A hosted OB 2.0 assertion must have an https:// id where the issuer publishes it.', 'no_host');
  try {
    const value = await fetchJson(url, { timeoutMs: 5000, maxBytes: 512 * 1024 });
    const hosted = value as Record<string, unknown>;
    if (canonical(hosted) !== canonical(decoded.credential)) {
      return failed(`The assertion published at ${url} differs from this copy: the badge was changed after it was issued.`, 'mismatch');
    }
    return ok(`The assertion matches the copy the issuer publishes at ${url}.`, { kind: 'ob2-hosted', url });
  } catch (error) {
    if ((error as { code?: string }).code === 'status' && /410/.test(String((error as Error).message))) {
      return ok(`The issuer withdrew the assertion at ${url} (410 Gone).`, { kind: 'ob2-hosted', url });
    }
    if (isNetwork(error)) return unreachable(`The issuer's copy at ${url} could not be fetched (${(error as Error).message}). Badgeboard will try again.`);
    return failed((error as Error).message);
  }
}

async function checkOb2Signed(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const keyUrl = facts.ob2!.creator;
  if (!decoded.jwt || !keyUrl) return failed('A signed OB 2.0 assertion must come as a JWS with verification.creator naming the key.', 'no_key');
  try {
    const value = await fetchJson(keyUrl, { timeoutMs: 5000, maxBytes: 64 * 1024, cacheTtlMs: 10 * 60_000 });
    const pem = (value as { publicKeyPem?: string }).publicKeyPem;
    if (!pem) return failed(`The key document at ${keyUrl} has no publicKeyPem.`, 'no_key');
    const alg = decoded.jwt.header.alg ?? 'RS256';
    await compactVerify(decoded.jwt.token, await importSPKI(pem, alg));
    return ok(`The JWS signature (${alg}) is valid for the key at ${keyUrl}.`, { kind: 'ob2-key', keyUrl });
  } catch (error) {
    if (isNetwork(error)) return unreachable(`The issuer's key at ${keyUrl} could not be fetched (${(error as Error).message}).`);
    return failed(humanise((error as Error).message));
  }
}

/** Is the credential unchanged since its issuer signed or published it? */
export async function checkProof(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  if (facts.format === 'ob2') return facts.ob2!.verificationType === 'signed' ? checkOb2Signed(decoded, facts) : checkOb2Hosted(decoded, facts);
  if (decoded.jwt) return checkJwt(decoded, facts);
  if (!decoded.credential.proof) return failed('The credential carries no proof: it was never signed, so anyone could have written it.', 'unsigned');
  const outcome = await verifyDataIntegrity(decoded.credential, facts.issuedAt);
  if (outcome.verified) {
    const proof = (Array.isArray(decoded.credential.proof) ? decoded.credential.proof[0] : decoded.credential.proof) as { cryptosuite?: string; type?: string };
    return ok(`The ${proof.cryptosuite ?? proof.type} proof is valid.`, { kind: 'did', verificationMethod: outcome.verificationMethod });
  }
  if (outcome.network) return unreachable(`The issuer's key could not be fetched (${outcome.message}). Badgeboard will try again.`);
  return failed(humanise(outcome.message), /context/i.test(outcome.message) ? 'unknown_context' : 'invalid');
}

/** JSON with sorted keys, for comparing two copies of a document. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
