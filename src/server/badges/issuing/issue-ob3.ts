import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createDiscloseCryptosuite, createSignCryptosuite } from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
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
  const identityHash = hashed
    ? `sha256$${createHash('sha256')
        .update(options.recipientEmail + salt)
        .digest('hex')}`
    : options.recipientEmail;
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
    const entries = options.status.map((entry) => ({
      id: `${entry.listUrl}#${entry.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: entry.purpose ?? 'revocation',
      statusListIndex: String(entry.index),
      statusListCredential: entry.listUrl,
    }));
    credential.credentialStatus = entries;
  }
  return credential;
}

export type DataIntegritySuite = 'eddsa-rdfc-2022' | 'Ed25519Signature2020' | 'eddsa-2022' | 'ecdsa-rdfc-2019' | 'ecdsa-sd-2023';

function signingSuite(issuer: IssuerKey, suite: DataIntegritySuite, mandatoryPointers: string[]): unknown {
  const signer = issuer.keyPair.signer();
  switch (suite) {
    case 'Ed25519Signature2020':
      return new Ed25519Signature2020({ signer });
    case 'eddsa-2022':
      // The draft name of eddsa-rdfc-2022, still found in older credentials (OB 3.0's own examples).
      return new DataIntegrityProof({ signer, cryptosuite: { ...(eddsaRdfc2022 as Record<string, unknown>), name: 'eddsa-2022' } });
    case 'ecdsa-rdfc-2019':
      return new DataIntegrityProof({ signer, cryptosuite: ecdsaRdfc2019 });
    case 'ecdsa-sd-2023':
      return new DataIntegrityProof({ signer, cryptosuite: createSignCryptosuite({ mandatoryPointers }) });
    default:
      return new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022 });
  }
}

/**
 * Signs with a Data Integrity proof: `eddsa-rdfc-2022` (default), the older Ed25519Signature2020 or legacy
 * `eddsa-2022` name (Ed25519 keys), `ecdsa-rdfc-2019` or an `ecdsa-sd-2023` base proof (P-256 keys; derive it
 * with `deriveDisclosure` before a verifier sees it). A credential that already has a proof gets a second one.
 */
export async function signDataIntegrity(
  credential: Record<string, unknown>,
  issuer: IssuerKey,
  suite: DataIntegritySuite = 'eddsa-rdfc-2022',
  options: { mandatoryPointers?: string[] } = {},
): Promise<Record<string, unknown>> {
  const context = credential['@context'] as string[];
  const ed2020 = 'https://w3id.org/security/suites/ed25519-2020/v1';
  const document = suite === 'Ed25519Signature2020' && !context.includes(ed2020) ? { ...credential, '@context': [...context, ed2020] } : credential;
  return vc.issue({ credential: document, suite: signingSuite(issuer, suite, options.mandatoryPointers ?? ['/issuer']), documentLoader });
}

/**
 * A signed credential as Badgeboard hands it out: `proof` as a list, the form the 1EdTech schema asks for
 * (JSON-LD reads one proof and a one-element list the same, so the signature still verifies).
 */
export function withProofList(signed: Record<string, unknown>): Record<string, unknown> {
  return signed.proof && !Array.isArray(signed.proof) ? { ...signed, proof: [signed.proof] } : signed;
}

/** What a holder's wallet does with an ecdsa-sd-2023 base proof: a derived proof disclosing `selectivePointers` (plus the mandatory ones). */
export async function deriveDisclosure(signed: Record<string, unknown>, selectivePointers: string[]): Promise<Record<string, unknown>> {
  return vc.derive({
    verifiableCredential: signed,
    suite: new DataIntegrityProof({ cryptosuite: createDiscloseCryptosuite({ selectivePointers }) }),
    documentLoader,
  });
}

export type JwtOptions = {
  /** Header `kid`: default the issuer's verification method; null leaves it out. */
  kid?: string | null;
  /** Put the public key in the header as `jwk`. */
  embedJwk?: boolean;
  /** Header `typ` (default `vc+jwt`); null leaves it out. */
  typ?: string | null;
  cty?: string;
  alg?: string;
  /** Claims added to (or, when undefined, removed from) the payload. `iss` defaults to the issuer's DID. */
  claims?: Record<string, unknown>;
  /** `vc`: VC-JWT 1.1, the credential under the `vc` claim. Default: VC-JOSE-COSE, the payload is the credential. */
  envelope?: 'payload' | 'vc';
};

/** Signs as a VC-JWT: EdDSA for Ed25519 keys, ES256 for P-256 keys. */
export async function signJwt(credential: Record<string, unknown>, issuer: IssuerKey, options: JwtOptions = {}): Promise<string> {
  const alg = options.alg ?? (issuer.algorithm === 'P-256' ? 'ES256' : 'EdDSA');
  const key = await importJWK(issuer.privateJwk, alg);
  const payload: Record<string, unknown> = options.envelope === 'vc' ? { vc: credential } : { ...credential };
  payload.iss = issuer.did;
  for (const [claim, value] of Object.entries(options.claims ?? {})) {
    if (value === undefined) delete payload[claim];
    else payload[claim] = value;
  }
  const header: Record<string, unknown> = { alg };
  if (options.typ !== null) header.typ = options.typ ?? 'vc+jwt';
  if (options.cty) header.cty = options.cty;
  if (options.kid !== null) header.kid = options.kid ?? issuer.verificationMethod;
  if (options.embedJwk) header.jwk = issuer.publicJwk;
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(key);
}
