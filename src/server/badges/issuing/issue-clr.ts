import 'server-only';
import { randomUUID } from 'node:crypto';
import type { IssuerKey } from './issuer-keys';

export const CLR_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

export type ClrOptions = {
  issuer: IssuerKey;
  issuerName: string;
  /** The achievement credentials the record holds, each signed by its own issuer: JSON objects, compact JWTs or enveloped VC-JWTs. */
  credentials: (Record<string, unknown> | string)[];
  /** The learner, as the record's subject (a DID or a URL). */
  learnerId?: string;
  name?: string;
  validFrom?: string;
  validUntil?: string;
  id?: string;
};

/** The unsigned CLR 2.0 `ClrCredential`: sign it with `signDataIntegrity` (or `signJwt`) like any credential. */
export function clrCredential(options: ClrOptions): Record<string, unknown> {
  const credential: Record<string, unknown> = {
    '@context': CLR_CONTEXT,
    id: options.id ?? `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: options.issuer.did, type: ['Profile'], name: options.issuerName },
    name: options.name ?? `Learner record from ${options.issuerName}`,
    validFrom: options.validFrom ?? '2026-01-20T09:00:00Z',
    credentialSubject: {
      type: ['ClrSubject'],
      ...(options.learnerId ? { id: options.learnerId } : {}),
      verifiableCredential: options.credentials,
    },
  };
  if (options.validUntil) credential.validUntil = options.validUntil;
  return credential;
}

/** A VC-JWT wrapped as VC Data Model 2.0 does inside a presentation or record: an `EnvelopedVerifiableCredential`. */
export function envelopedCredential(jwt: string, mediaType = 'application/vc+jwt'): Record<string, unknown> {
  return { '@context': 'https://www.w3.org/ns/credentials/v2', id: `data:${mediaType},${jwt}`, type: 'EnvelopedVerifiableCredential' };
}
