import 'server-only';
import { compactVerify, errors, importJWK } from 'jose';
import type { DecodedCredential } from '../parse/decode-credential';
import type { ProofCheck } from './check-proof';
import type { BadgeFacts } from './facts';
import { jwtClaimMismatch, jwtHeaderProblem } from './jwt-consistency';
import { jwtSigningKey } from './jwt-signing-key';
import { isNetworkError, proofFailed, proofOk, proofUnreachable } from './proof-result';

const messageOf = (error: unknown) => (error as { message?: string } | undefined)?.message ?? 'the key could not be used';

/**
 * A VC-JWT (VC-JWT 1.1 or VC-JOSE-COSE; Open Badges 3.0 §8.2): header and claims consistent with the
 * credential, then the signature checked with the key the header names, reported with who controls it.
 */
export async function checkJwtProof(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  const { header, payload, token } = decoded.jwt!;
  const problem = jwtHeaderProblem(header) ?? jwtClaimMismatch(payload, decoded.credential);
  if (problem) return proofFailed(problem.code, problem.params);
  const alg = header.alg!;
  const suite = `JWT ${alg}`;

  let found;
  try {
    found = await jwtSigningKey(header, typeof payload.iss === 'string' ? payload.iss : null, facts.issuer.id);
  } catch (error) {
    if (isNetworkError(error))
      return proofUnreachable({ url: (error as { url?: string }).url ?? String(header.kid ?? facts.issuer.id), detail: messageOf(error) });
    return proofFailed('no_key', { key: String(header.kid ?? facts.issuer.id), detail: messageOf(error) });
  }
  if ('problem' in found) return proofFailed(found.problem, found.params);

  try {
    await compactVerify(token, await importJWK(found.jwk, alg), { algorithms: [alg] });
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return proofFailed('invalid_signature');
    // A key of another type than `alg` (JOSENotSupported, JWKInvalid), a malformed token (JWSInvalid).
    return proofFailed('invalid', { detail: messageOf(error) });
  }
  const { key } = found;
  return proofOk(
    'valid',
    { suite, verificationMethod: key.methodId },
    { kind: 'key', verificationMethod: key.methodId, controller: key.controller, suite, purposes: key.purposes },
  );
}
