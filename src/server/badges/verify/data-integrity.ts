import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { documentLoader, UnknownContextError } from './document-loader';
import { isNetworkError } from './proof-result';

// Verifying suites are stateless: build them once.
const suites = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()];

export type ProofOutcome =
  | { verified: true; verificationMethod: string; suite: string }
  | { verified: false; code: 'invalid_signature' | 'unknown_context' | 'invalid' | 'unsupported_suite' | 'no_key'; message: string; network: boolean };

const errorsOf = (error: unknown): unknown[] => {
  const e = error as { errors?: unknown[] } | undefined;
  return [error, ...(e?.errors ?? []).flatMap(errorsOf)];
};
const firstMessage = (error: unknown): string => {
  const inner = (error as { errors?: unknown[] } | undefined)?.errors?.[0];
  if (inner) return firstMessage(inner);
  return (error as { message?: string } | undefined)?.message ?? 'The proof could not be checked.';
};

/**
 * Checks a Data Integrity proof (eddsa-rdfc-2022, or Ed25519Signature2020) with bundled contexts.
 * `at` is a moment inside the validity window, so that this check judges the proof alone.
 */
export async function verifyDataIntegrity(credential: Record<string, unknown>, at: string | null): Promise<ProofOutcome> {
  const proofs = Array.isArray(credential.proof) ? credential.proof : credential.proof ? [credential.proof] : [];
  const first = proofs[0] as { verificationMethod?: string; cryptosuite?: string; type?: string } | undefined;
  let failure: unknown;
  try {
    // Revocation is the status check's job (it reports it separately), not the proof's.
    const result = await vc.verifyCredential({ credential, suite: suites, documentLoader, now: at ?? undefined, checkStatus: async () => ({ verified: true }) });
    if (result.verified) return { verified: true, verificationMethod: first?.verificationMethod ?? '', suite: first?.cryptosuite ?? first?.type ?? 'proof' };
    failure = result.error ?? result.results?.[0]?.error;
  } catch (error) {
    failure = error;
  }
  const all = errorsOf(failure);
  const message = firstMessage(failure);
  if (all.some((e) => e instanceof UnknownContextError)) return { verified: false, code: 'unknown_context', message, network: false };
  const network = all.some(isNetworkError);
  return { verified: false, code: /invalid signature|signature verification failed/i.test(message) ? 'invalid_signature' : 'invalid', message, network };
}
