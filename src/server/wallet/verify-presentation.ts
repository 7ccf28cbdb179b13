import 'server-only';
// INTERFACE STUB (lead): the holder-binding helper replaces the body; the signature stays.
import type { AppError } from '@/server/errors';

/**
 * What the verifier asked the holder to sign. `challenge`: the exchange's challenge (VC-API) = the OID4VP `nonce`.
 * `domain`: what the proof must name as its domain / JWT `aud` — for VC-API this site's host (`new URL(base).host`),
 * for OpenID4VP the request's `client_id`.
 */
export type PresentationExpectation = { challenge: string; domain: string; now?: Date };

export type VerifiedPresentation = {
  /** The DID that signed the presentation for our challenge: proven to be the holder's. */
  holder: string;
  /** `ldp_vp` (a JSON-LD VP with a Data Integrity / Ed25519Signature2020 authentication proof) or `jwt_vp` (a VC-JWT VP, JOSE-signed). */
  format: 'ldp_vp' | 'jwt_vp';
  /** The credentials inside, each as handed over: a JSON object, or a compact JWT string. Fed to `attachBadges` as `{ text }`. */
  credentials: (Record<string, unknown> | string)[];
};

/**
 * Verifies a presentation's own proof (not its credentials: `attachBadges` does those): signed by a key its holder DID
 * controls and lists for authentication, for exactly this challenge and domain. Throws AppError with a `wallet:*`
 * code (see src/server/errors.ts) and a detail that says what was wrong.
 */
export async function verifyPresentation(presentation: unknown, expected: PresentationExpectation): Promise<VerifiedPresentation> {
  void presentation;
  void expected;
  throw new Error('not implemented yet') as AppError;
}
