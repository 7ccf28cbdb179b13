import 'server-only';
import { randomUUID } from 'node:crypto';
import { OB3_CONTEXT } from './issue-ob3';
import type { IssuerKey } from './issuer-keys';

export type EndorsementOptions = {
  endorser: IssuerKey;
  endorserName: string;
  /** What is endorsed: an achievement id, an issuer id or a credential id. */
  subjectId: string;
  comment?: string;
  validFrom?: string;
  validUntil?: string;
};

/** The unsigned OB 3.0 `EndorsementCredential`: sign it with `signDataIntegrity` (for `endorsement`) or `signJwt` (for `endorsementJwt`). */
export function endorsementCredential(options: EndorsementOptions): Record<string, unknown> {
  const credential: Record<string, unknown> = {
    '@context': OB3_CONTEXT,
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: `Endorsement by ${options.endorserName}`,
    issuer: { id: options.endorser.did, type: ['Profile'], name: options.endorserName },
    validFrom: options.validFrom ?? '2026-01-10T09:00:00Z',
    credentialSubject: {
      id: options.subjectId,
      type: ['EndorsementSubject'],
      ...(options.comment ? { endorsementComment: options.comment } : {}),
    },
  };
  if (options.validUntil) credential.validUntil = options.validUntil;
  return credential;
}
