import 'server-only';
import { calculateJwkThumbprint, type JWK, type ProtectedHeaderParameters } from 'jose';
import { absoluteId, assertionKeys, dereferenceDocument } from './controller-document';
import { publicJwkOf } from './public-jwk';
import { resolveVerificationMethod, type ResolvedKey } from './resolve-verification-method';

export type JwtKey = { jwk: JWK; key: ResolvedKey };
/** Why the header's key cannot be used, as a proof code with its params. */
export type JwtKeyProblem = { problem: 'no_key' | 'jwt_jwk_not_bound' | 'jwt_jwk_mismatch'; params: Record<string, string> };

const isUrl = (value: string) => value.startsWith('did:') || /^https?:\/\//i.test(value);
const thumbprint = (jwk: JWK) => calculateJwkThumbprint(jwk, 'sha256');

/** A `jwk` header is only the issuer's if the issuer is that key (did:jwk) or its controller document lists it for assertions. */
async function bindHeaderJwk(jwk: JWK, issuerId: string): Promise<JwtKey | JwtKeyProblem> {
  const wanted = await thumbprint(jwk);
  const document = await dereferenceDocument(issuerId);
  for (const candidate of assertionKeys(document)) {
    const candidateJwk = await publicJwkOf(candidate).catch(() => null);
    if (candidateJwk && (await thumbprint(candidateJwk)) === wanted) {
      const key = await resolveVerificationMethod(absoluteId(String(candidate.id ?? issuerId), document.id));
      // Verify with the published key, never with whatever else the header's copy carries.
      return { jwk: candidateJwk, key };
    }
  }
  return { problem: 'jwt_jwk_not_bound', params: { thumbprint: wanted, issuer: issuerId } };
}

/**
 * The public key a VC-JWT names (OB 3.0 §8.2, VC-JOSE-COSE): `kid` as a DID URL (a bare `#fragment` or name is
 * resolved against `iss`, else the issuer), or an https URL of a key or controller document; else a `jwk`
 * header bound to the issuer; else, for an issuer that is itself a key (did:key, did:jwk), that key.
 * Throws KeyResolutionError / FetchRefusedError when a document cannot be used.
 */
export async function jwtSigningKey(header: ProtectedHeaderParameters, iss: string | null, issuerId: string): Promise<JwtKey | JwtKeyProblem> {
  const headerJwk = header.jwk as JWK | undefined;
  const base = iss ?? issuerId;
  const kid = typeof header.kid === 'string' && header.kid ? header.kid : null;
  // A bare kid next to a jwk header is only a label for that key (RFC 7515); otherwise it names a key of the issuer.
  const methodId = kid && isUrl(kid) ? kid : kid && !headerJwk ? `${base.split('#')[0]}#${kid.replace(/^#/, '')}` : null;
  if (methodId) {
    const key = await resolveVerificationMethod(methodId);
    const jwk = await publicJwkOf(key.key);
    if (headerJwk && (await thumbprint(headerJwk)) !== (await thumbprint(jwk))) return { problem: 'jwt_jwk_mismatch', params: { kid: methodId } };
    return { jwk, key };
  }
  if (headerJwk) return bindHeaderJwk(headerJwk, issuerId);
  if (issuerId.startsWith('did:key:') || issuerId.startsWith('did:jwk:')) {
    const key = await resolveVerificationMethod(issuerId);
    return { jwk: await publicJwkOf(key.key), key };
  }
  return { problem: 'no_key', params: { detail: 'the JWT header names no key ("kid" or "jwk")' } };
}
