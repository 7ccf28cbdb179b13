import type { ProofCheck } from './check-proof';
import { verifyDataIntegrity } from './data-integrity';
import type { BadgeFacts } from './facts';
import { proofFailed, proofOk, proofUnreachable } from './proof-result';
import type { DecodedCredential } from '../parse/decode-credential';

/** A Data Integrity proof on a JSON-LD credential (OB 3.0). */
export async function checkDataIntegrityProof(decoded: DecodedCredential, facts: BadgeFacts): Promise<ProofCheck> {
  if (!decoded.credential.proof) return proofFailed('unsigned');
  const outcome = await verifyDataIntegrity(decoded.credential, facts.issuedAt);
  if (outcome.verified) {
    return proofOk('valid', { suite: outcome.suite, verificationMethod: outcome.verificationMethod }, { kind: 'key', verificationMethod: outcome.verificationMethod, controller: outcome.verificationMethod.split('#')[0]!, suite: outcome.suite });
  }
  if (outcome.network) return proofUnreachable({ detail: outcome.message });
  return proofFailed(outcome.code, { detail: outcome.message });
}
