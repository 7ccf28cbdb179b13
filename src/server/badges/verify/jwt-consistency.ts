import 'server-only';
import type { JWTPayload, ProtectedHeaderParameters } from 'jose';
import type { CheckParams } from '@/lib/verification/model';
import { numericDateIso } from '../parse/jwt';

// VC-JOSE-COSE registers vc+jwt (earlier drafts vc+ld+json+jwt, vc+ld+jwt); VC-JWT 1.1 and OB 3.0 use JWT.
const TYP = ['jwt', 'vc+jwt', 'vc+ld+json+jwt', 'vc+ld+jwt'];
const CTY = ['vc', 'vc+ld+json', 'vc+ld'];
/** Media type names may carry the `application/` prefix (RFC 7515 §4.1.9 recommends leaving it out). */
const mediaType = (value: unknown) =>
  String(value)
    .toLowerCase()
    .replace(/^application\//, '');

export type JwtProblem = { code: 'unsupported_alg' | 'jwt_bad_header' | 'jwt_claim_mismatch'; params: CheckParams };

/** Signature algorithms accepted for VC-JWT: the ones Open Badges 3.0 and VC-JOSE-COSE implementations use. */
export const JWT_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256'];

/** `alg` (never `none`), `typ` and `cty` as the specifications allow them. */
export function jwtHeaderProblem(header: ProtectedHeaderParameters): JwtProblem | null {
  if (typeof header.alg !== 'string' || !JWT_ALGORITHMS.includes(header.alg))
    return { code: 'unsupported_alg', params: { alg: String(header.alg ?? ''), allowed: JWT_ALGORITHMS } };
  if (header.typ !== undefined && !TYP.includes(mediaType(header.typ)))
    return { code: 'jwt_bad_header', params: { header: 'typ', value: String(header.typ), allowed: ['JWT', 'vc+jwt', 'vc+ld+json+jwt', 'vc+ld+jwt'] } };
  if (header.cty !== undefined && !CTY.includes(mediaType(header.cty)))
    return { code: 'jwt_bad_header', params: { header: 'cty', value: String(header.cty), allowed: CTY } };
  return null;
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof (first as { id?: unknown } | undefined)?.id === 'string' ? (first as { id: string }).id : null;
};
const seconds = (value: unknown): number | null => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : Math.floor(time / 1000);
};

/**
 * Registered claims must say what the credential says (VC-JWT 1.1 §6.3.1, OB 3.0 §8.2.4): `iss` the issuer,
 * `sub` the subject, `jti` the id, `nbf`/`exp` the validity dates to the second. Compared only when both exist.
 */
export function jwtClaimMismatch(payload: JWTPayload, credential: Record<string, unknown>): JwtProblem | null {
  const mismatch = (claim: string, jwt: string, inCredential: string): JwtProblem => ({
    code: 'jwt_claim_mismatch',
    params: { claim, jwt, credential: inCredential },
  });
  const issuer = idOf(credential.issuer);
  if (payload.iss !== undefined && issuer !== null && payload.iss !== issuer) return mismatch('iss', String(payload.iss), issuer);
  const subject = idOf(credential.credentialSubject);
  if (payload.sub !== undefined && subject !== null && payload.sub !== subject) return mismatch('sub', String(payload.sub), subject);
  const id = typeof credential.id === 'string' ? credential.id : null;
  if (payload.jti !== undefined && id !== null && payload.jti !== id) return mismatch('jti', String(payload.jti), id);
  for (const [claim, dates] of [
    ['nbf', [credential.validFrom, credential.issuanceDate]],
    ['exp', [credential.validUntil, credential.expirationDate]],
  ] as const) {
    const value = payload[claim];
    const date = dates.find((d) => d !== undefined);
    const expected = seconds(date);
    if (value !== undefined && expected !== null && Math.floor(Number(value)) !== expected)
      return mismatch(claim, numericDateIso(value) ?? String(value), String(date));
  }
  return null;
}
