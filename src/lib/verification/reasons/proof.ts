import { detail, str, type Reasons } from './types';

export const proofReasons: Reasons = {
  valid: (p) => `The ${str(p.suite, 'proof')} signature is valid${p.verificationMethod ? ` for ${str(p.verificationMethod)}` : ''}.`,
  unsigned: () => 'The credential carries no proof: it was never signed, so anyone could have written it.',
  invalid_signature: () => 'The signature does not match the content: the badge was changed after it was issued, or signed with another key.',
  invalid: (p) => `The proof is not valid${detail(p)}.`,
  unknown_context: (p) => `The credential uses a JSON-LD context Badgeboard does not know (${str(p.url)}); contexts are never fetched from the network.`,
  unsupported_suite: (p) => `The proof uses ${str(p.suite)}, a proof suite Badgeboard does not support. Ask the issuer for an eddsa-rdfc-2022, ecdsa-rdfc-2019, ecdsa-sd-2023 or Ed25519Signature2020 proof.`,
  no_key: (p) => `The issuer's signing key could not be found${detail(p)}.`,
  network: (p) => `The issuer's key could not be fetched${p.url ? ` from ${str(p.url)}` : ''}${detail(p)}. Badgeboard will try again.`,
  // OB 2.0 hosted
  hosted_match: (p) => `The assertion matches the copy the issuer publishes at ${str(p.url)}.`,
  hosted_mismatch: (p) => `The assertion published at ${str(p.url)} differs from this copy: the badge was changed after it was issued.`,
  hosted_withdrawn: (p) => `The issuer withdrew the assertion at ${str(p.url)} (410 Gone).`,
  no_host: () => 'A hosted OB 2.0 assertion must have an https:// id where the issuer publishes it.',
  // Notes
  legacy_suite: (p) => `The proof uses the legacy suite name ${str(p.suite)}; it is verified as eddsa-rdfc-2022, which replaced it.`,
};
