import 'server-only';
import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import { AppError } from '@/server/errors';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function isCompactJwt(text: string): boolean {
  return COMPACT_JWS.test(text.trim());
}

/** Largest instant a JavaScript Date holds (±100,000,000 days around 1970), in seconds. */
const MAX_NUMERIC_DATE = 8.64e12;

/** A JWT NumericDate (seconds since 1970) as an ISO timestamp, or null when it is not one a date can hold. */
export function numericDateIso(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_NUMERIC_DATE) return null;
  return new Date(Math.floor(value * 1000)).toISOString();
}

/**
 * The credential inside a VC-JWT: VC-JWT 1.1 puts it under `vc` (with iss/nbf/exp/jti as claims),
 * VC-JOSE-COSE makes the payload the credential itself. A token whose `nbf`/`exp`/`iat` is not a NumericDate
 * (a string, or a number no date can hold, like 1e308) is refused as malformed rather than guessed at.
 */
export function decodeJwtCredential(jwt: string): { header: ProtectedHeaderParameters; payload: JWTPayload; credential: Record<string, unknown> } {
  let header: ProtectedHeaderParameters;
  let payload: JWTPayload;
  try {
    header = decodeProtectedHeader(jwt);
    payload = decodeJwt(jwt);
  } catch {
    throw new AppError('input:invalid', 'This looks like a JWT but it cannot be decoded. Copy the whole token from your wallet again.');
  }
  for (const claim of ['nbf', 'exp', 'iat'] as const) {
    if (payload[claim] !== undefined && numericDateIso(payload[claim]) === null) {
      throw new AppError(
        'input:invalid',
        `This JWT's "${claim}" claim is not a date (it must be a number of seconds since 1970, RFC 7519), so the token is malformed. Ask the issuer for a correctly signed badge.`,
      );
    }
  }
  const vc = payload.vc;
  const credential = (vc && typeof vc === 'object' ? { ...(vc as Record<string, unknown>) } : { ...payload }) as Record<string, unknown>;
  if (vc && typeof vc === 'object') {
    // VC-JWT 1.1: registered claims stand for credential properties.
    if (payload.jti && !credential.id) credential.id = payload.jti;
    if (payload.iss && !credential.issuer) credential.issuer = payload.iss;
    if (payload.nbf !== undefined && !credential.issuanceDate && !credential.validFrom) credential.validFrom = numericDateIso(payload.nbf);
    if (payload.exp !== undefined && !credential.expirationDate && !credential.validUntil) credential.validUntil = numericDateIso(payload.exp);
  }
  return { header, payload, credential };
}
