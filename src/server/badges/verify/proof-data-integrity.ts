import 'server-only';
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
    const { suite, verificationMethod, key, notes } = outcome;
    return proofOk(
      'valid',
      { suite, verificationMethod },
      { kind: 'key', verificationMethod, controller: key.controller, suite, purposes: key.purposes },
      notes,
    );
  }
  if (outcome.network) return proofUnreachable(outcome.params);
  return proofFailed(outcome.code, outcome.params);
}
