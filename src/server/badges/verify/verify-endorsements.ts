import 'server-only';
import type { EndorsementResult } from '@/lib/verification/model';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import type { DecodedCredential } from '../parse/decode-credential';
import { isEnvelopedCredential, unwrapEnvelopedCredential } from '../parse/enveloped-credential';
import { decodeJwtCredential, isCompactJwt } from '../parse/jwt';
import type { StatusLists } from './status-lists';
import { verifyCredentialEnvelope } from './verify-credential-envelope';

/** More than this many endorsements on one badge are not checked (each may mean fetching keys and lists). */
export const MAX_ENDORSEMENTS = 10;
const MAX_COMMENT = 1000;

type Carried = { item: unknown; /** The id of what carries it: an endorsement is about that (credential, achievement or issuer). */ target: string | null };

const asObject = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const idOf = (value: Record<string, unknown> | null) => (typeof value?.id === 'string' ? value.id : null);

/** OB 3.0 lets the credential, its Achievement and its issuer Profile carry `endorsement` (JSON) and `endorsementJwt` (compact JWS). */
function carriedEndorsements(credential: Record<string, unknown>): Carried[] {
  const achievement = asObject(asObject(credential.credentialSubject)?.achievement);
  const issuer = asObject(credential.issuer);
  return [credential, achievement, issuer].flatMap((holder) =>
    holder ? [...asArray(holder.endorsement), ...asArray(holder.endorsementJwt)].map((item) => ({ item, target: idOf(holder) })) : [],
  );
}

/** An endorsement as a credential to verify: JSON, a compact JWT, or an enveloped VC-JWT. */
function decodeEndorsement(item: unknown): DecodedCredential {
  const object = asObject(item);
  const token = typeof item === 'string' ? item.trim() : object && isEnvelopedCredential(object) ? unwrapEnvelopedCredential(object) : null;
  if (token !== null) {
    if (!isCompactJwt(token)) throw new Error('an endorsementJwt entry is not a compact JWS');
    const jwt = decodeJwtCredential(token);
    return { source: 'jwt', format: 'ob3', raw: token, credential: jwt.credential, jwt: { ...jwt, token } };
  }
  if (!object) throw new Error('an endorsement entry is neither an object nor a JWT');
  return { source: 'json', format: 'ob3', raw: JSON.stringify(object), credential: object };
}

/** What the endorsement claims about its issuer, for a result that could not be read any further. */
function claimedIssuer(credential: Record<string, unknown> | null): { id: string; name: string } {
  const issuer = credential?.issuer;
  const object = asObject(issuer);
  const id = typeof issuer === 'string' ? issuer : (idOf(object) ?? '');
  return { id, name: typeof object?.name === 'string' && object.name.trim() ? object.name.trim() : id };
}

async function verifyEndorsement(
  { item, target }: Carried,
  options: { registry: IssuerRegistry; now: Date; statusLists?: StatusLists },
): Promise<EndorsementResult> {
  let decoded: DecodedCredential | null = null;
  try {
    decoded = decodeEndorsement(item);
    const { state, facts, trust } = await verifyCredentialEnvelope(decoded, options, { type: 'EndorsementCredential', kind: 'endorsement' });
    const subject = asObject(decoded.credential.credentialSubject);
    const comment = typeof subject?.endorsementComment === 'string' ? subject.endorsementComment.trim().slice(0, MAX_COMMENT) || null : null;
    // An endorsement of something else, copied onto this badge, does not endorse it.
    const aboutThis = !target || idOf(subject) === target;
    const claimed = claimedIssuer(decoded.credential);
    return {
      issuerId: facts?.issuer.id ?? claimed.id,
      issuerName: trust?.knownName ?? facts?.issuer.name ?? claimed.name,
      state: aboutThis ? state : 'failed',
      issuerKnown: Boolean(trust?.known),
      comment,
    };
  } catch {
    // Unreadable (not a JWT, a broken envelope) or a check that threw: listed as failed, never dropped.
    const claimed = claimedIssuer(decoded?.credential ?? asObject(item));
    return { issuerId: claimed.id, issuerName: claimed.name, state: 'failed', issuerKnown: false, comment: null };
  }
}

/**
 * Endorsements carried by an OB 3.0 credential (on the credential, its achievement or its issuer), each verified
 * on its own: proof, issuer binding, status, validity at `now`. They never change the badge's own state; a failed
 * one is listed as failed. At most MAX_ENDORSEMENTS are checked.
 */
export async function verifyEndorsements(
  credential: Record<string, unknown>,
  options: { registry: IssuerRegistry; now: Date; statusLists?: StatusLists },
): Promise<EndorsementResult[]> {
  const carried = carriedEndorsements(credential).slice(0, MAX_ENDORSEMENTS);
  return Promise.all(carried.map((entry) => verifyEndorsement(entry, options)));
}
