import 'server-only';
import * as vc from '@digitalbazaar/vc';
import type { CheckNote, CheckParams } from '@/lib/verification/model';
import { controllerIsIssuer } from './controller-is-issuer';
import { proofDocumentLoader, UnknownContextError } from './document-loader';
import { KeyResolutionError } from './key-resolution-error';
import { isNetworkError } from './proof-result';
import { chooseSuite, suiteName } from './proof-suites';
import { resolveVerificationMethod, type ResolvedKey } from './resolve-verification-method';

export type ProofFailureCode =
  | 'invalid_signature'
  | 'unknown_context'
  | 'invalid'
  | 'unsupported_suite'
  | 'unsupported_did_method'
  | 'no_key'
  | 'wrong_proof_purpose'
  | 'sd_base_proof'
  | 'network';

export type ProofOutcome =
  | { verified: true; verificationMethod: string; suite: string; key: ResolvedKey; notes: CheckNote[] }
  | { verified: false; code: ProofFailureCode; params: CheckParams; message: string; network: boolean };

type JsonObject = Record<string, unknown>;

/**
 * Checks the signature only: the key's controller and what it lists the key under are reported with the
 * outcome, and the issuer check judges them (key_not_listed, wrong_controller), not the signature library.
 */
class AssertionSignaturePurpose extends vc.CredentialIssuancePurpose {
  override async validate(): Promise<{ valid: boolean }> {
    return { valid: true };
  }
}

const failure = (code: ProofFailureCode, message: string, params: CheckParams = {}): ProofOutcome => ({
  verified: false,
  code,
  params,
  message,
  network: code === 'network',
});

/** Errors the libraries nest (`errors`, `cause`, jsonld's `details.cause`), flattened. */
function errorsOf(error: unknown, depth = 0): unknown[] {
  if (!error || depth > 5) return [];
  if (Array.isArray(error)) return error.flatMap((e) => errorsOf(e, depth + 1));
  const e = error as { errors?: unknown[]; cause?: unknown; details?: { cause?: unknown } };
  return [error, ...errorsOf(e.errors, depth + 1), ...errorsOf(e.cause, depth + 1), ...errorsOf(e.details?.cause, depth + 1)];
}
const messageOf = (error: unknown): string => (error as { message?: string } | undefined)?.message ?? 'the proof could not be checked';

/** An ecdsa-sd-2023 base proof (CBOR tag 0xd95d00) is for the holder to derive from, never shown to a verifier. */
const isSdBaseProof = (proof: JsonObject) =>
  proof.cryptosuite === 'ecdsa-sd-2023' && typeof proof.proofValue === 'string' && proof.proofValue.startsWith('u2V0A');

function keyFailure(error: unknown, methodId: string): ProofOutcome {
  if (isNetworkError(error)) return failure('network', messageOf(error), { url: (error as { url?: string }).url ?? methodId, detail: messageOf(error) });
  if (error instanceof KeyResolutionError && error.code === 'unsupported_did_method')
    return failure('unsupported_did_method', error.message, { method: methodId.split(':').slice(0, 2).join(':'), key: methodId });
  return failure('no_key', messageOf(error), { key: methodId, detail: messageOf(error) });
}

async function verifyOneProof(credential: JsonObject, proof: JsonObject, at: string | null): Promise<ProofOutcome> {
  const choice = chooseSuite(proof);
  if (!choice) return failure('unsupported_suite', `unsupported proof suite ${suiteName(proof)}`, { suite: suiteName(proof) });
  if (proof.proofPurpose !== 'assertionMethod')
    return failure('wrong_proof_purpose', 'the proof is not an assertion', { purpose: String(proof.proofPurpose ?? '') });
  if (isSdBaseProof(proof)) return failure('sd_base_proof', 'an ecdsa-sd-2023 base proof was presented');
  const vm = proof.verificationMethod;
  const methodId = typeof vm === 'string' ? vm : typeof (vm as JsonObject | undefined)?.id === 'string' ? ((vm as JsonObject).id as string) : null;
  if (!methodId) return failure('no_key', 'the proof names no verificationMethod', { detail: 'the proof names no verificationMethod' });

  let key: ResolvedKey;
  try {
    key = await resolveVerificationMethod(methodId);
  } catch (error) {
    return keyFailure(error, methodId);
  }
  const { suite, signatureRejected } = choice.create(credential);
  const result = await vc.verifyCredential({
    credential: { ...credential, proof },
    suite,
    purpose: new AssertionSignaturePurpose(),
    documentLoader: proofDocumentLoader(new Map([[methodId, key.key]])),
    now: at ?? undefined,
    // Revocation is the status check's job (it reports it separately), not the proof's.
    checkStatus: async () => ({ verified: true }),
  });
  if (result.verified) return { verified: true, verificationMethod: methodId, suite: choice.name, key, notes: choice.notes };

  const errors = errorsOf([result.error, ...(result.results ?? []).map((r) => r.error)]);
  const unknownContext = errors.find((e): e is UnknownContextError => e instanceof UnknownContextError);
  if (unknownContext) return failure('unknown_context', unknownContext.message, { url: unknownContext.url });
  if (signatureRejected()) return failure('invalid_signature', 'the signature does not match the content');
  const message = messageOf(errors.find((e) => !Array.isArray(e) && !(e as { errors?: unknown }).errors) ?? errors[0]);
  return failure('invalid', message, { detail: message });
}

const issuerIdOf = (credential: JsonObject): string | null => {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  return typeof (issuer as JsonObject | undefined)?.id === 'string' ? ((issuer as JsonObject).id as string) : null;
};

/**
 * Checks the Data Integrity proofs of a credential (eddsa-rdfc-2022, legacy eddsa-2022, ecdsa-rdfc-2019,
 * ecdsa-sd-2023 derived proofs, Ed25519Signature2020), each on its own with bundled contexts. With several
 * proofs, the one reported is a verified proof by a key the issuer controls and lists for assertions, else
 * any verified proof (the issuer check will then say whose key it is), else the first proof's failure.
 * `at` is a moment inside the validity window, so that this check judges the proof alone.
 */
export async function verifyDataIntegrity(credential: JsonObject, at: string | null): Promise<ProofOutcome> {
  const proofs = ([] as unknown[]).concat(credential.proof ?? []).filter((p): p is JsonObject => Boolean(p) && typeof p === 'object');
  if (!proofs.length) return failure('invalid', 'the credential carries no proof', { detail: 'the credential carries no proof' });
  const { proof: _allProofs, ...unsigned } = credential;
  const issuerId = issuerIdOf(credential);
  const outcomes: ProofOutcome[] = [];
  for (const proof of proofs) {
    const outcome = await verifyOneProof(unsigned, proof, at);
    if (outcome.verified && issuerId && controllerIsIssuer(outcome.key.controller, issuerId) && outcome.key.purposes.includes('assertionMethod'))
      return outcome;
    outcomes.push(outcome);
  }
  return outcomes.find((o) => o.verified) ?? outcomes[0]!;
}
