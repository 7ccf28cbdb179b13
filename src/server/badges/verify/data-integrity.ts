import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { documentLoader } from './document-loader';

// Verifying suites are stateless: build them once.
const suites = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()];

export type ProofOutcome = { verified: true; verificationMethod: string } | { verified: false; message: string; network: boolean };

const firstMessage = (error: unknown): string => {
  const e = error as { message?: string; errors?: { message?: string; errors?: unknown[] }[] } | undefined;
  const inner = e?.errors?.[0];
  if (inner) return firstMessage(inner);
  return e?.message ?? 'The proof could not be checked.';
};

/**
 * Checks a Data Integrity proof (eddsa-rdfc-2022, or Ed25519Signature2020) with bundled contexts.
 * `at` is a moment inside the validity window, so that this check judges the proof alone.
 */
export async function verifyDataIntegrity(credential: Record<string, unknown>, at: string | null): Promise<ProofOutcome> {
  const proofs = Array.isArray(credential.proof) ? credential.proof : credential.proof ? [credential.proof] : [];
  const verificationMethod = (proofs[0] as { verificationMethod?: string } | undefined)?.verificationMethod ?? '';
  try {
    // Revocation is the status check's job (it reports it separately), not the proof's.
    const result = await vc.verifyCredential({ credential, suite: suites, documentLoader, now: at ?? undefined, checkStatus: async () => ({ verified: true }) });
    if (result.verified) return { verified: true, verificationMethod };
    const message = firstMessage(result.error ?? result.results?.[0]?.error);
    return { verified: false, message, network: /fetch|timed? ?out|ECONN|ENOTFOUND|network|took longer/i.test(message) };
  } catch (error) {
    const message = firstMessage(error);
    return { verified: false, message, network: /fetch|timed? ?out|ECONN|ENOTFOUND|network|took longer/i.test(message) };
  }
}
