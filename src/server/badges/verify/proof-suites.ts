import 'server-only';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createVerifyCryptosuite as ecdsaSd2023Verify } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { CheckNote } from '@/lib/verification/model';

/**
 * A verifying suite that remembers whether the signature arithmetic itself ran and said no: the libraries
 * only throw a plain Error('Invalid signature.') for that, and we must tell a forged or altered credential
 * apart from one that could not be processed without reading error text.
 */
export type ProbedSuite = { suite: unknown; signatureRejected: () => boolean };

type VerifyingSuite = { verifySignature(options: unknown): Promise<boolean> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor must take any[] (TypeScript error 2545 otherwise)
function probed<Base extends new (...args: any[]) => VerifyingSuite>(SuiteClass: Base) {
  return class extends SuiteClass {
    rejected = false;
    override async verifySignature(options: unknown): Promise<boolean> {
      const valid = await super.verifySignature(options);
      if (!valid) this.rejected = true;
      return valid;
    }
  };
}
const ProbedDataIntegrityProof = probed(DataIntegrityProof);
const ProbedEd25519Signature2020 = probed(Ed25519Signature2020);

const probe = (suite: { rejected: boolean }): ProbedSuite => ({ suite, signatureRejected: () => suite.rejected });

export type SuiteChoice = { name: string; notes: CheckNote[]; create: (credential: Record<string, unknown>) => ProbedSuite };

const usesLegacyDataIntegrityContext = (credential: Record<string, unknown>) =>
  ([] as unknown[]).concat(credential['@context'] ?? []).includes('https://w3id.org/security/data-integrity/v1');

const dataIntegrity = (cryptosuite: unknown, name: string, notes: CheckNote[] = []): SuiteChoice => ({
  name,
  notes,
  create: (credential) => probe(new ProbedDataIntegrityProof({ cryptosuite, legacyContext: usesLegacyDataIntegrityContext(credential) })),
});

// `eddsa-2022` is the draft name of eddsa-rdfc-2022: the same canonicalisation, hash and signature, with the
// old name inside the signed proof options. Verifying it needs the new suite under the old name.
const eddsa2022 = { ...(eddsaRdfc2022 as Record<string, unknown>), name: 'eddsa-2022' };

const DATA_INTEGRITY_SUITES: Record<string, () => SuiteChoice> = {
  'eddsa-rdfc-2022': () => dataIntegrity(eddsaRdfc2022, 'eddsa-rdfc-2022'),
  'eddsa-2022': () => dataIntegrity(eddsa2022, 'eddsa-2022', [{ code: 'legacy_suite', params: { suite: 'eddsa-2022' } }]),
  'ecdsa-rdfc-2019': () => dataIntegrity(ecdsaRdfc2019, 'ecdsa-rdfc-2019'),
  'ecdsa-sd-2023': () => dataIntegrity(ecdsaSd2023Verify(), 'ecdsa-sd-2023'),
};

/** The proof suites Badgeboard verifies, by proof `type` / `cryptosuite`. */
export const SUPPORTED_SUITES = [...Object.keys(DATA_INTEGRITY_SUITES), 'Ed25519Signature2020'];

/** The suite to verify `proof` with, or null when it is not one Badgeboard supports. */
export function chooseSuite(proof: Record<string, unknown>): SuiteChoice | null {
  if (proof.type === 'DataIntegrityProof' && typeof proof.cryptosuite === 'string') return DATA_INTEGRITY_SUITES[proof.cryptosuite]?.() ?? null;
  if (proof.type === 'Ed25519Signature2020') return { name: 'Ed25519Signature2020', notes: [], create: () => probe(new ProbedEd25519Signature2020()) };
  return null;
}

/** How a proof names its suite, for a reason that says which one is not supported. */
export function suiteName(proof: Record<string, unknown>): string {
  if (typeof proof.cryptosuite === 'string') return proof.cryptosuite;
  return typeof proof.type === 'string' ? proof.type : Array.isArray(proof.type) ? proof.type.join(', ') : 'an unnamed proof type';
}
