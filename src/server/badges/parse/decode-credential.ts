import 'server-only';
import { FetchRefusedError } from '@/server/net/fetch-refused-error';
import { AppError } from '@/server/errors';
import { JSON_MEDIA_TYPES, safeFetch } from '@/server/net/safe-fetch';
import { refuseBadgeDefinition } from './badge-definition';
import { isEnvelopedCredential, unwrapEnvelopedCredential } from './enveloped-credential';
import { decodeJwtCredential } from './jwt';
import { parseJsonWithLimits } from './json-limits';
import { refuseNulCharacters } from './refuse-nul-characters';
import type { BadgeSource, CredentialPayload } from './read-badge-input';

export type DecodedCredential = {
  source: BadgeSource;
  format: 'ob2' | 'ob3';
  /** Exactly what is stored: the JSON text or the compact JWT. */
  raw: string;
  credential: Record<string, unknown>;
  jwt?: ReturnType<typeof decodeJwtCredential> & { token: string };
  /** Where an OB 2.0 hosted assertion was fetched from. */
  hostedUrl?: string;
  /** The Comprehensive Learner Record (CLR 2.0) this credential came in; the record is verified as a whole before its parts are attached. */
  clr?: DecodedCredential;
  /** A Verifiable Credential that is not an awarded Open Badge (only decoded when asked for: the support verifier). */
  other?: 'endorsement' | 'plain_vc';
};

/** `otherCredentials`: also decode an EndorsementCredential or a plain VC (the support verifier checks them; a CV does not take them). */
export type DecodeOptions = { otherCredentials?: boolean };

/** At most this many credentials from one upload (a presentation or a learner record). */
export const MAX_PARTS = 20;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const types = (value: Record<string, unknown>) => asArray(value.type).map(String);

export function credentialFormat(credential: Record<string, unknown>): 'ob2' | 'ob3' | 'presentation' | 'clr' | null {
  const t = types(credential);
  if (t.includes('VerifiablePresentation')) return 'presentation';
  if (t.includes('ClrCredential')) return 'clr';
  if (t.includes('OpenBadgeCredential') || t.includes('AchievementCredential')) return 'ob3';
  if (t.includes('Assertion') || asArray(credential['@context']).some((c) => typeof c === 'string' && c.startsWith('https://w3id.org/openbadges/v2')))
    return 'ob2';
  return null;
}

/** What a credential is inside of: nothing, a presentation, or a learner record (and which one). */
type Within = { container: 'presentation' | 'clr' | null; clr?: DecodedCredential; otherCredentials?: boolean };
const TOP: Within = { container: null };

const tooMany = (what: string) => new AppError('input:too_large', `This ${what} holds more than ${MAX_PARTS} credentials. Export fewer badges at a time.`);

/** The credentials a presentation or a learner record holds: JSON objects, compact JWTs or enveloped VC-JWTs. */
function decodeParts(items: unknown[], within: Within): DecodedCredential[] {
  if (items.length > MAX_PARTS) throw tooMany(within.container === 'clr' ? 'learner record' : 'presentation');
  return items.flatMap((item) =>
    typeof item === 'string' ? decodeText('presentation', item, within) : fromObject('presentation', JSON.stringify(item), item, {}, within),
  );
}

/** A CLR 2.0 `ClrCredential`: its parts are the achievement credentials under `credentialSubject.verifiableCredential`. */
function decodeClr(clr: DecodedCredential, within: Within): DecodedCredential[] {
  if (within.container === 'clr')
    throw new AppError('input:invalid', 'This learner record holds another learner record. Export each record from your wallet on its own.');
  const items = asArray(clr.credential.credentialSubject).flatMap((subject) =>
    subject && typeof subject === 'object' ? asArray((subject as Record<string, unknown>).verifiableCredential) : [],
  );
  if (items.length === 0)
    throw new AppError('input:invalid', 'This learner record (CLR) holds no achievement credentials, so there is no badge in it to attach.');
  return decodeParts(items, { container: 'clr', clr });
}

function fromObject(source: BadgeSource, raw: string, value: unknown, extra: Partial<DecodedCredential> = {}, within: Within = TOP): DecodedCredential[] {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new AppError('input:invalid', 'The badge JSON must be an object ({ … }). Copy the whole credential from your wallet.');
  const credential = value as Record<string, unknown>;
  // Stored and re-read as the JWT it carries, so a later check decodes it like any VC-JWT.
  if (isEnvelopedCredential(credential)) return decodeText(source === 'json' ? 'jwt' : source, unwrapEnvelopedCredential(credential), within);
  refuseBadgeDefinition(credential);
  const format = credentialFormat(credential);
  if (format === 'presentation') {
    if (within.container)
      throw new AppError('input:invalid', 'This presentation holds another presentation. Export the badges from your wallet in one presentation.');
    const inner = asArray(credential.verifiableCredential);
    if (inner.length === 0)
      throw new AppError('input:invalid', 'This presentation holds no credentials. Choose at least one badge in your wallet before exporting.');
    return decodeParts(inner, { container: 'presentation' });
  }
  if (format === 'clr') return decodeClr({ source, format: 'ob3', raw, credential, ...extra }, within);
  if (!format && within.otherCredentials && types(credential).includes('VerifiableCredential')) {
    return [{ source, format: 'ob3', raw, credential, ...extra, other: types(credential).includes('EndorsementCredential') ? 'endorsement' : 'plain_vc' }];
  }
  if (!format) {
    throw new AppError(
      'input:invalid',
      'This JSON is not an Open Badge: expected an OB 3.0 credential (type OpenBadgeCredential), an OB 2.0 Assertion, a learner record (ClrCredential), or a Verifiable Presentation holding them.',
    );
  }
  return [{ source, format, raw, credential, ...extra, ...(within.clr ? { clr: within.clr } : {}) }];
}

function decodeText(source: BadgeSource, text: string, within: Within = TOP): DecodedCredential[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromObject(source, trimmed, parseJsonWithLimits(trimmed), {}, within);
  const jwt = decodeJwtCredential(trimmed);
  return fromObject(source === 'json' ? 'jwt' : source, trimmed, jwt.credential, { jwt: { ...jwt, token: trimmed } }, within);
}

/**
 * Payload → credentials: a presentation or a learner record (CLR) yields several, each to be verified and attached
 * on its own. A URL is fetched through the SSRF-safe fetcher.
 */
export async function decodeCredentials(payload: CredentialPayload, options: DecodeOptions = {}): Promise<DecodedCredential[]> {
  let decoded: DecodedCredential[];
  const top: Within = { ...TOP, otherCredentials: options.otherCredentials };
  if (/^https?:\/\//i.test(payload.text)) {
    const url = payload.text.trim();
    const { value, text } = await fetchJsonText(url);
    decoded = fromObject(payload.source, text, value, { hostedUrl: url }, top);
  } else {
    decoded = decodeText(payload.source, payload.text, top);
  }
  // A presentation holding learner records could otherwise add up to more than one upload may hold.
  if (decoded.length > MAX_PARTS) throw tooMany('upload');
  refuseNulCharacters(decoded);
  return decoded;
}

async function fetchJsonText(url: string): Promise<{ value: unknown; text: string }> {
  try {
    const response = await safeFetch(url, { accept: [...JSON_MEDIA_TYPES], maxBytes: 1024 * 1024, timeoutMs: 5000 });
    const text = response.text();
    return { value: parseJsonWithLimits(text, `The badge at ${url}`), text };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The fetcher's refusals are worded for people; any other error's text (a socket's, a parser's) is not shown.
    throw new AppError(
      'input:invalid',
      error instanceof FetchRefusedError ? error.message : `Could not fetch ${url}. Check the link, or upload the badge file instead.`,
    );
  }
}
