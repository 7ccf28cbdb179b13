import 'server-only';
import { AppError } from '@/server/errors';
import { isCompactJwt } from './jwt';

/** Media types of an envelope holding a VC-JWT: VC-JOSE-COSE's `vc+jwt`, and the `vc+ld+json+jwt` of its drafts. */
const JWT_MEDIA_TYPES = new Set(['application/vc+jwt', 'application/vc+ld+json+jwt', 'application/jwt']);
const SD_JWT_MEDIA_TYPES = new Set(['application/vc+sd-jwt', 'application/dc+sd-jwt', 'application/vc+ld+json+sd-jwt']);

const types = (value: Record<string, unknown>): string[] => (Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type]).map(String);

export function isEnvelopedCredential(value: Record<string, unknown>): boolean {
  return types(value).includes('EnvelopedVerifiableCredential');
}

/**
 * The compact JWT an `EnvelopedVerifiableCredential` carries (VC Data Model 2.0 §4.13, VC-JOSE-COSE):
 * its `id` is a data: URL, `data:application/vc+jwt,<jwt>`. SD-JWT and COSE envelopes are refused by name.
 */
export function unwrapEnvelopedCredential(value: Record<string, unknown>): string {
  const id = typeof value.id === 'string' ? value.id.trim() : '';
  const match = /^data:([^,;]+)((?:;[^,]*)?),(.*)$/s.exec(id);
  if (!match)
    throw new AppError(
      'input:invalid',
      'This enveloped credential carries no credential: its id must be a data: URL such as "data:application/vc+jwt,eyJ…". Export the badge from your wallet again.',
    );
  const mediaType = match[1]!.toLowerCase();
  if (SD_JWT_MEDIA_TYPES.has(mediaType)) {
    throw new AppError(
      'input:invalid',
      'This credential is an SD-JWT (selective disclosure), which Badgeboard does not support yet. Export the badge from your wallet as JSON or as a plain VC-JWT.',
    );
  }
  if (!JWT_MEDIA_TYPES.has(mediaType)) {
    throw new AppError(
      'input:invalid',
      `This enveloped credential is of type ${mediaType}, which Badgeboard cannot read. Export the badge from your wallet as JSON or as a VC-JWT (application/vc+jwt).`,
    );
  }
  const body = decodeURIComponent(match[3]!);
  const token = (match[2]!.split(';').includes('base64') ? Buffer.from(body, 'base64').toString('utf8') : body).trim();
  if (!isCompactJwt(token))
    throw new AppError('input:invalid', 'The credential inside this envelope is not a compact JWT. Export the badge from your wallet again.');
  return token;
}
