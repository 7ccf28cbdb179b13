import 'server-only';
import { compactVerify, importSPKI } from 'jose';
import { FetchRefusedError } from '@/server/net/fetch-refused-error';
import { fetchJson } from '@/server/net/safe-fetch';
import type { DecodedCredential } from '../parse/decode-credential';
import type { ProofCheck } from './check-proof';
import type { BadgeFacts } from './facts';
import { isNetworkError, proofFailed, proofOk, proofUnreachable } from './proof-result';

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

/** OB 2.0 hosted verification: the issuer's published copy must equal this one. */
export async function checkOb2Hosted(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const url = facts.ob2!.assertionId;
  if (!/^https?:\/\//.test(url)) return proofFailed('no_host');
  try {
    const hosted = (await fetchJson(url, { timeoutMs: 5000, maxBytes: 512 * 1024 })) as Record<string, unknown>;
    if (canonical(hosted) !== canonical(decoded.credential)) return proofFailed('hosted_mismatch', { url });
    return proofOk('hosted_match', { url }, { kind: 'ob2-hosted', url });
  } catch (error) {
    if (error instanceof FetchRefusedError && error.code === 'status' && error.httpStatus === 410)
      return proofOk('hosted_withdrawn', { url }, { kind: 'ob2-hosted', url });
    if (isNetworkError(error)) return proofUnreachable({ url, detail: (error as Error).message });
    return proofFailed('invalid', { detail: (error as Error).message });
  }
}

/** Public-key JWS algorithms a CryptographicKey's PEM can verify (OB 2.0 recommends RS256); never `none` or HMAC. */
const OB2_JWS_ALGS: ReadonlySet<string> = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']);

/** OB 2.0 signed verification: a JWS checked with the key the assertion's `verification.creator` names. */
export async function checkOb2Signed(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const keyUrl = facts.ob2!.creator;
  if (!decoded.jwt || !keyUrl)
    return proofFailed('no_key', { detail: 'a signed OB 2.0 assertion must come as a JWS with verification.creator naming the key' });
  try {
    const value = await fetchJson(keyUrl, { timeoutMs: 5000, maxBytes: 64 * 1024, cacheTtlMs: 10 * 60_000 });
    const pem = (value as { publicKeyPem?: string }).publicKeyPem;
    if (!pem) return proofFailed('no_key', { detail: `the key document at ${keyUrl} has no publicKeyPem` });
    const alg = decoded.jwt.header.alg ?? 'RS256';
    if (!OB2_JWS_ALGS.has(alg)) return proofFailed('ob2_unsupported_alg', { alg });
    await compactVerify(decoded.jwt.token, await importSPKI(pem, alg));
    return proofOk('valid', { suite: `JWS ${alg}`, verificationMethod: keyUrl }, { kind: 'ob2-key', keyUrl });
  } catch (error) {
    if (isNetworkError(error)) return proofUnreachable({ url: keyUrl, detail: (error as Error).message });
    if ((error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return proofFailed('invalid_signature');
    return proofFailed('invalid', { detail: (error as Error).message });
  }
}
