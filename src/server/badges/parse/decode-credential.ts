import { AppError } from '@/server/errors';
import { JSON_MEDIA_TYPES, safeFetch } from '@/server/net/safe-fetch';
import { decodeJwtCredential } from './jwt';
import { parseJsonWithLimits } from './json-limits';
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
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const types = (value: Record<string, unknown>) => asArray(value.type).map(String);

export function credentialFormat(credential: Record<string, unknown>): 'ob2' | 'ob3' | 'presentation' | null {
  const t = types(credential);
  if (t.includes('VerifiablePresentation')) return 'presentation';
  if (t.includes('OpenBadgeCredential') || t.includes('AchievementCredential')) return 'ob3';
  if (t.includes('Assertion') || asArray(credential['@context']).some((c) => typeof c === 'string' && c.startsWith('https://w3id.org/openbadges/v2'))) return 'ob2';
  return null;
}

function fromObject(source: BadgeSource, raw: string, value: unknown, extra: Partial<DecodedCredential> = {}): DecodedCredential[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AppError('input:invalid', 'The badge JSON must be an object ({ … }). Copy the whole credential from your wallet.');
  const credential = value as Record<string, unknown>;
  const format = credentialFormat(credential);
  if (format === 'presentation') {
    const inner = asArray(credential.verifiableCredential);
    if (inner.length === 0) throw new AppError('input:invalid', 'This presentation holds no credentials. Choose at least one badge in your wallet before exporting.');
    return inner.flatMap((item) => (typeof item === 'string' ? decodeText('presentation', item) : fromObject('presentation', JSON.stringify(item), item)));
  }
  if (!format) {
    throw new AppError('input:invalid', 'This JSON is not an Open Badge: expected an OB 3.0 credential (type OpenBadgeCredential), an OB 2.0 Assertion, or a Verifiable Presentation holding them.');
  }
  return [{ source, format, raw, credential, ...extra }];
}

function decodeText(source: BadgeSource, text: string): DecodedCredential[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromObject(source, trimmed, parseJsonWithLimits(trimmed));
  const jwt = decodeJwtCredential(trimmed);
  const decoded = fromObject(source === 'json' ? 'jwt' : source, trimmed, jwt.credential, { jwt: { ...jwt, token: trimmed } });
  return decoded;
}

/** Payload → credentials (a presentation yields several). A URL is fetched through the SSRF-safe fetcher. */
export async function decodeCredentials(payload: CredentialPayload): Promise<DecodedCredential[]> {
  if (/^https?:\/\//i.test(payload.text)) {
    const url = payload.text.trim();
    const { value, text } = await fetchJsonText(url);
    return fromObject(payload.source, text, value, { hostedUrl: url });
  }
  return decodeText(payload.source, payload.text);
}

async function fetchJsonText(url: string): Promise<{ value: unknown; text: string }> {
  try {
    const response = await safeFetch(url, { accept: [...JSON_MEDIA_TYPES], maxBytes: 1024 * 1024, timeoutMs: 5000 });
    const text = response.text();
    return { value: parseJsonWithLimits(text, `The badge at ${url}`), text };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('input:invalid', error instanceof Error ? error.message : `Could not fetch ${url}.`);
  }
}
