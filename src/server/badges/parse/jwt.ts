import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import { AppError } from '@/server/errors';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function isCompactJwt(text: string): boolean {
  return COMPACT_JWS.test(text.trim());
}

/**
 * The credential inside a VC-JWT: VC-JWT 1.1 puts it under `vc` (with iss/nbf/exp/jti as claims),
 * VC-JOSE-COSE makes the payload the credential itself.
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
  const vc = payload.vc;
  const credential = (vc && typeof vc === 'object' ? { ...(vc as Record<string, unknown>) } : { ...payload }) as Record<string, unknown>;
  if (vc && typeof vc === 'object') {
    // VC-JWT 1.1: registered claims stand for credential properties.
    if (payload.jti && !credential.id) credential.id = payload.jti;
    if (payload.iss && !credential.issuer) credential.issuer = payload.iss;
    if (payload.nbf && !credential.issuanceDate && !credential.validFrom) credential.validFrom = new Date(payload.nbf * 1000).toISOString();
    if (payload.exp && !credential.expirationDate && !credential.validUntil) credential.validUntil = new Date(payload.exp * 1000).toISOString();
  }
  return { header, payload, credential };
}
