import { createHash, randomUUID } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { importJWK, SignJWT } from 'jose';
import { documentLoader } from '../verify/document-loader';
import type { IssuerKey } from './issuer-keys';

export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export type AchievementTemplate = {
  id: string;
  name: string;
  description: string;
  criteria: string;
  image?: string;
  alignments?: { targetName: string; targetUrl?: string; targetCode?: string; targetFramework?: string }[];
};

export type Ob3Options = {
  issuer: IssuerKey;
  issuerName: string;
  achievement: AchievementTemplate;
  recipientEmail: string;
  /** Hash the email with a salt (the usual privacy-preserving form). Default true. */
  hashed?: boolean;
  validFrom?: string;
  validUntil?: string;
  status?: { listUrl: string; index: number; purpose?: 'revocation' | 'suspension' }[];
  id?: string;
};

/** The unsigned OB 3.0 credential. */
export function ob3Credential(options: Ob3Options): Record<string, unknown> {
  const hashed = options.hashed ?? true;
  const salt = hashed ? createHash('sha256').update(`${options.recipientEmail}:${options.achievement.id}`).digest('hex').slice(0, 16) : undefined;
  const identityHash = hashed ? `sha256$${createHash('sha256').update(options.recipientEmail + salt).digest('hex')}` : options.recipientEmail;
  const credential: Record<string, unknown> = {
    '@context': OB3_CONTEXT,
    id: options.id ?? `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: options.issuer.did, type: ['Profile'], name: options.issuerName },
    validFrom: options.validFrom ?? '2026-01-15T09:00:00Z',
    name: options.achievement.name,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed, identityHash, ...(salt ? { salt } : {}) }],
      achievement: {
        id: options.achievement.id,
        type: ['Achievement'],
        name: options.achievement.name,
        description: options.achievement.description,
        criteria: { narrative: options.achievement.criteria },
        ...(options.achievement.image ? { image: { id: options.achievement.image, type: 'Image' } } : {}),
        ...(options.achievement.alignments?.length ? { alignment: options.achievement.alignments.map((a) => ({ type: ['Alignment'], ...a })) } : {}),
      },
    },
  };
  if (options.validUntil) credential.validUntil = options.validUntil;
  if (options.status?.length) {
    credential.credentialStatus = options.status.map((entry) => ({
      id: `${entry.listUrl}#${entry.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: entry.purpose ?? 'revocation',
      statusListIndex: String(entry.index),
      statusListCredential: entry.listUrl,
    }));
  }
  return credential;
}

/** Signs with a Data Integrity proof: `eddsa-rdfc-2022` (default) or the older Ed25519Signature2020. */
export async function signDataIntegrity(credential: Record<string, unknown>, issuer: IssuerKey, suite: 'eddsa-rdfc-2022' | 'Ed25519Signature2020' = 'eddsa-rdfc-2022'): Promise<Record<string, unknown>> {
  if (suite === 'Ed25519Signature2020') {
    const key = await Ed25519VerificationKey2020.generate({ seed: issuer.seed, id: issuer.verificationMethod, controller: issuer.did });
    const signed = { ...credential, '@context': [...(credential['@context'] as string[]), 'https://w3id.org/security/suites/ed25519-2020/v1'] };
    return vc.issue({ credential: signed, suite: new Ed25519Signature2020({ key }), documentLoader });
  }
  return vc.issue({ credential, suite: new DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: eddsaRdfc2022 }), documentLoader });
}

/** Signs as a VC-JWT (VC-JOSE-COSE style: the payload is the credential), EdDSA. */
export async function signJwt(credential: Record<string, unknown>, issuer: IssuerKey): Promise<string> {
  const key = await importJWK(issuer.privateJwk, 'EdDSA');
  return new SignJWT(credential as Record<string, unknown>).setProtectedHeader({ alg: 'EdDSA', kid: issuer.verificationMethod, typ: 'vc+jwt' }).setIssuer(issuer.did).sign(key);
}
