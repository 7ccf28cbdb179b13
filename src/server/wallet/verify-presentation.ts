import 'server-only';
import * as jsigs from 'jsonld-signatures';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { AppError } from '@/server/errors';
import { proofDocumentLoader, UnknownContextError } from '@/server/badges/verify/document-loader';
import { isNetworkError } from '@/server/badges/verify/proof-result';
import { chooseSuite, suiteName } from '@/server/badges/verify/proof-suites';
import { publicJwkOf } from '@/server/badges/verify/public-jwk';
import { resolveVerificationMethod, type ResolvedKey } from '@/server/badges/verify/resolve-verification-method';

type JsonObject = Record<string, unknown>;

/** What a verified presentation proves: who holds it (a DID whose authentication key signed our challenge), and what it carries. */
export type HolderPresentation = {
  holder: string;
  /** The credentials as the wallet sent them: JSON-LD objects, or VC-JWT strings (from an enveloped credential or a JWT VP). */
  credentials: (JsonObject | string)[];
};

export type PresentationExpectation = { challenge: string; domain: string };

const isObject = (value: unknown): value is JsonObject => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

const refused = (reason: string, message: string) =>
  new AppError('wallet:invalid_presentation', `The wallet’s presentation was not accepted: ${message}`, { reason });

/** Checks the proof says "authentication" and nothing else; what the key may do is judged from the DID document below. */
class AuthenticationSignature extends jsigs.purposes.ProofPurpose {
  constructor() {
    super({ term: 'authentication' });
  }
  override async validate(): Promise<{ valid: boolean }> {
    return { valid: true };
  }
}

function holderOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value.id === 'string' ? value.id : null;
}

const domainMatches = (given: unknown, wanted: string) => given === wanted || (Array.isArray(given) && given.includes(wanted));

async function resolveHolderKey(methodId: string): Promise<ResolvedKey> {
  try {
    return await resolveVerificationMethod(methodId);
  } catch (error) {
    if (isNetworkError(error))
      throw new AppError('wallet:invalid_presentation', `The holder’s DID document could not be fetched (${methodId}). Try again in a moment.`, {
        reason: 'holder_unresolvable',
      });
    throw refused('holder_unresolvable', `its key ${methodId} could not be resolved to a DID document.`);
  }
}

/** The DID is the holder only if its own DID document lists the signing key for authentication. */
function requireAuthenticationKey(key: ResolvedKey, holder: string | null): string {
  if (!key.controller.startsWith('did:')) throw refused('holder_not_did', `the key’s controller ${key.controller} is not a DID.`);
  if (holder && holder !== key.controller)
    throw refused('holder_mismatch', `the presentation names ${holder} as its holder but is signed with a key of ${key.controller}.`);
  if (!key.purposes.includes('authentication'))
    throw refused('key_not_for_authentication', `${key.controller} does not list the signing key ${key.methodId} for authentication.`);
  return key.controller;
}

/**
 * A Data Integrity presentation (VC-API exchange, OID4VP `ldp_vc`): exactly one proof, for authentication, whose
 * challenge and domain are ours, by a key the holder's DID document lists for authentication, whose signature
 * verifies over the whole presentation (credentials included). The credentials' own proofs are the attach
 * pipeline's job, as for an upload.
 */
export async function verifyLinkedDataPresentation(presentation: unknown, expected: PresentationExpectation): Promise<HolderPresentation> {
  if (!isObject(presentation) || !asArray(presentation.type).includes('VerifiablePresentation'))
    throw refused('not_a_presentation', 'send a Verifiable Presentation (type VerifiablePresentation) signed by your wallet.');
  const proofs = asArray(presentation.proof).filter(isObject);
  if (proofs.length === 0) throw refused('unsigned', 'it carries no proof. The wallet must sign it to show it holds the DID the badges were issued to.');
  if (proofs.length > 1) throw refused('several_proofs', 'it carries more than one proof; sign the presentation once, for authentication.');
  const proof = proofs[0]!;
  if (proof.proofPurpose !== 'authentication')
    throw refused('wrong_proof_purpose', `its proof is for "${String(proof.proofPurpose ?? '')}", not "authentication".`);
  if (proof.challenge !== expected.challenge)
    throw new AppError(
      'wallet:challenge_mismatch',
      'The presentation was signed for another request (its challenge is not this exchange’s). Scan the code again.',
    );
  if (!domainMatches(proof.domain, expected.domain))
    throw new AppError('wallet:domain_mismatch', `The presentation was signed for ${JSON.stringify(proof.domain ?? null)}, not for ${expected.domain}.`, {
      expected: expected.domain,
    });
  const choice = chooseSuite(proof);
  if (!choice) throw refused('unsupported_suite', `its proof suite ${suiteName(proof)} is not one Badgeboard verifies.`);
  const methodId = holderOf(proof.verificationMethod);
  if (!methodId) throw refused('no_key', 'its proof names no verificationMethod.');
  const key = await resolveHolderKey(methodId);
  const holder = requireAuthenticationKey(key, holderOf(presentation.holder));

  const { suite, signatureRejected } = choice.create(presentation);
  let result: Awaited<ReturnType<typeof jsigs.verify>>;
  try {
    result = await jsigs.verify(presentation, {
      suite,
      purpose: new AuthenticationSignature(),
      documentLoader: proofDocumentLoader(new Map([[methodId, key.key]])),
    });
  } catch (error) {
    if (error instanceof UnknownContextError) throw refused('unknown_context', error.message);
    throw refused('invalid', (error as Error).message ?? 'its proof could not be checked.');
  }
  if (!result.verified) {
    const errors = [result.error, ...(result.results ?? []).map((r) => r.error)].flatMap((e) => [e, ...asArray((e as { errors?: unknown })?.errors)]);
    const unknown = errors.find((e): e is UnknownContextError => e instanceof UnknownContextError);
    if (unknown) throw refused('unknown_context', unknown.message);
    if (signatureRejected())
      throw refused('invalid_signature', 'its signature does not match its content (it was altered after signing, or signed with another key).');
    throw refused('invalid', (errors.find(Boolean) as Error | undefined)?.message ?? 'its proof could not be checked.');
  }
  return { holder, credentials: asArray(presentation.verifiableCredential).map(credentialOf) };
}

/** A credential inside a presentation: JSON-LD as is; an EnvelopedVerifiableCredential (VC-JOSE) as its JWT. */
function credentialOf(item: unknown): JsonObject | string {
  if (typeof item === 'string') return item;
  if (!isObject(item)) throw refused('malformed', 'one of its credentials is neither an object nor a JWT.');
  const id = typeof item.id === 'string' ? item.id : '';
  const envelope = /^data:application\/vc(\+ld\+json)?\+jwt,(.+)$/.exec(id);
  if (asArray(item.type).includes('EnvelopedVerifiableCredential') && envelope) return envelope[2]!;
  return item;
}

const JWT_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384'];

/**
 * A VP-JWT (OID4VP `jwt_vc_json`): signed by a key the holder's DID document lists for authentication, `nonce` ours
 * and `aud` our client_id; `vp.verifiableCredential` holds VC-JWTs (or JSON-LD credentials).
 */
export async function verifyJwtPresentation(token: string, expected: { nonce: string; audience: string }, now = new Date()): Promise<HolderPresentation> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw refused('malformed', 'it is not a compact JWT.');
  }
  if (typeof header.alg !== 'string' || !JWT_ALGORITHMS.includes(header.alg))
    throw refused('unsupported_suite', `its JWT algorithm ${String(header.alg)} is not accepted.`);
  if (typeof header.kid !== 'string' || !header.kid.startsWith('did:'))
    throw refused('no_key', 'its JWT header must name the holder’s key as a DID URL in "kid".');
  const key = await resolveHolderKey(header.kid);
  let payload: JsonObject;
  try {
    const jwk = (await publicJwkOf(key.key)) as JWK;
    const verified = await compactVerify(token, await importJWK(jwk, header.alg === 'Ed25519' ? 'EdDSA' : header.alg), { algorithms: JWT_ALGORITHMS });
    const parsed: unknown = JSON.parse(new TextDecoder().decode(verified.payload));
    if (!isObject(parsed)) throw refused('malformed', 'its JWT payload is not a JSON object.');
    payload = parsed;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
      throw refused('invalid_signature', 'its JWT signature does not match its content.');
    throw refused('invalid', (error as Error).message ?? 'its JWT could not be checked.');
  }
  if (payload.nonce !== expected.nonce)
    throw new AppError('wallet:challenge_mismatch', 'The presentation was signed for another request (its nonce is not this exchange’s). Scan the code again.');
  const audiences = asArray(payload.aud);
  if (!audiences.includes(expected.audience))
    throw new AppError('wallet:domain_mismatch', `The presentation was signed for ${JSON.stringify(payload.aud ?? null)}, not for ${expected.audience}.`, {
      expected: expected.audience,
    });
  const seconds = Math.floor(now.getTime() / 1000);
  if (typeof payload.exp === 'number' && payload.exp < seconds - 60) throw refused('expired', 'its JWT has expired. Let the wallet answer afresh.');
  if (typeof payload.nbf === 'number' && payload.nbf > seconds + 60) throw refused('not_yet_valid', 'its JWT is not valid yet (check the wallet’s clock).');
  const vp = payload.vp;
  if (!isObject(vp)) throw refused('not_a_presentation', 'its JWT carries no "vp" claim.');
  const holder = requireAuthenticationKey(key, holderOf(vp.holder) ?? (typeof payload.iss === 'string' ? payload.iss : null));
  return { holder, credentials: asArray(vp.verifiableCredential).map(credentialOf) };
}
