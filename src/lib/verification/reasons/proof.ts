import { detail, list, str, type Reasons } from './types';

export const proofReasons: Reasons = {
  valid: (p) => `The ${str(p.suite, 'proof')} signature is valid${p.verificationMethod ? ` for ${str(p.verificationMethod)}` : ''}.`,
  unsigned: () => 'The credential carries no proof: it was never signed, so anyone could have written it.',
  invalid_signature: () => 'The signature does not match the content: the badge was changed after it was issued, or signed with another key.',
  invalid: (p) => `The proof is not valid${detail(p)}.`,
  unknown_context: (p) => `The credential uses a JSON-LD context Badgeboard does not know (${str(p.url)}); contexts are never fetched from the network.`,
  unsupported_suite: (p) =>
    `The proof uses ${str(p.suite)}, a proof suite Badgeboard does not support. Ask the issuer for an eddsa-rdfc-2022, ecdsa-rdfc-2019, ecdsa-sd-2023 or Ed25519Signature2020 proof.`,
  unsupported_did_method: (p) =>
    `The signing key ${str(p.key)} is a ${str(p.method)} identifier, a DID method Badgeboard cannot resolve (supported: did:key, did:web, did:jwk, https key documents). Ask the issuer for a badge signed with one of those.`,
  wrong_proof_purpose: (p) =>
    `The proof is made for “${str(p.purpose, 'no stated purpose')}”, not for asserting a credential (assertionMethod), so it does not vouch for this badge.`,
  sd_base_proof: () =>
    'This is the issuer’s ecdsa-sd-2023 base proof, which only the holder’s wallet should see. Share the badge from your wallet again: it derives the proof a verifier can check.',
  unsupported_alg: (p) =>
    `The JWT is signed with “${str(p.alg, 'no algorithm')}”, which Badgeboard does not accept (accepted: ${list(p.allowed).join(', ')}). An unsigned JWT (alg “none”) proves nothing.`,
  jwt_bad_header: (p) =>
    `The JWT header “${str(p.header)}” is “${str(p.value)}”, which is not a verifiable credential type (expected one of ${list(p.allowed).join(', ')}).`,
  jwt_claim_mismatch: (p) =>
    `The JWT's “${str(p.claim)}” claim (${str(p.jwt)}) contradicts the credential inside it (${str(p.credential)}): the token and the badge do not say the same thing.`,
  jwt_jwk_not_bound: (p) =>
    `The JWT carries its own key (jwk header), but the issuer ${str(p.issuer)} does not list that key for signing credentials, so anyone could have made it.`,
  jwt_jwk_mismatch: (p) => `The JWT's jwk header is not the key ${str(p.kid)} that its kid names.`,
  no_key: (p) => `The issuer's signing key could not be found${detail(p)}.`,
  network: (p) => `The issuer's key could not be fetched${p.url ? ` from ${str(p.url)}` : ''}${detail(p)}. Badgeboard will try again.`,
  // OB 2.0 hosted
  hosted_match: (p) => `The assertion matches the copy the issuer publishes at ${str(p.url)}.`,
  hosted_mismatch: (p) => `The assertion published at ${str(p.url)} differs from this copy: the badge was changed after it was issued.`,
  hosted_withdrawn: (p) => `The issuer withdrew the assertion at ${str(p.url)} (410 Gone).`,
  ob2_unsupported_alg: (p) =>
    `The signed assertion uses the JWS algorithm ${str(p.alg, '(none)')}, which cannot be checked with an issuer's public key. Ask the issuer for an RS256, ES256 or EdDSA signature.`,
  no_host: () => 'A hosted OB 2.0 assertion must have an https:// id where the issuer publishes it.',
  // Notes
  legacy_suite: (p) => `The proof uses the legacy suite name ${str(p.suite)}; it is verified as eddsa-rdfc-2022, which replaced it.`,
};
