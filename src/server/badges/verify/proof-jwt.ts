import { importJWK, jwtVerify, type JWK } from 'jose';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { DecodedCredential } from '../parse/decode-credential';
import type { ProofCheck } from './check-proof';
import { resolveDid } from './did-resolver';
import type { BadgeFacts } from './facts';
import { isNetworkError, proofFailed, proofOk, proofUnreachable } from './proof-result';

async function keyFromVerificationMethod(kid: string, alg: string) {
  const method = await resolveDid(kid);
  if (method.publicKeyJwk) return importJWK(method.publicKeyJwk as JWK, alg);
  if (typeof method.publicKeyMultibase === 'string') {
    const keyPair = await Ed25519Multikey.from(method);
    return importJWK((await Ed25519Multikey.toJwk({ keyPair })) as JWK, 'EdDSA');
  }
  throw new Error(`${kid} has no public key Badgeboard can use`);
}

/** A VC-JWT (VC-JWT 1.1 or VC-JOSE-COSE) signed with a key of the issuer. */
export async function checkJwtProof(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const { header, token } = decoded.jwt!;
  const issuer = facts.issuer.id;
  const kid = header.kid ? (header.kid.startsWith('#') ? `${issuer}${header.kid}` : header.kid) : null;
  if (!kid || !kid.startsWith('did:')) return proofFailed('no_key', { detail: 'the JWT header names no key ("kid") of the issuer' });
  try {
    const key = await keyFromVerificationMethod(kid, header.alg ?? 'EdDSA');
    await jwtVerify(token, key, { algorithms: ['EdDSA', 'ES256', 'RS256'], clockTolerance: '100y' });
    return proofOk('valid', { suite: `JWT ${header.alg}`, verificationMethod: kid }, { kind: 'key', verificationMethod: kid, controller: kid.split('#')[0]!, suite: `JWT ${header.alg}` });
  } catch (error) {
    if (isNetworkError(error)) return proofUnreachable({ url: kid, detail: (error as Error).message });
    if ((error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return proofFailed('invalid_signature');
    return proofFailed('invalid', { detail: (error as Error).message });
  }
}
