import 'server-only';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import type { AchievementTemplate } from './issue-ob3';

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

export type Ob2Site = {
  /** Documents to serve, by absolute URL. */
  documents: Map<string, unknown>;
  issuerUrl: string;
  badgeClassUrl: string;
  revocationListUrl: string;
  keyUrl: string;
  privateKey: KeyObject;
  /** The JWS algorithm of the site's key. */
  alg: Ob2KeyAlgorithm;
};

export type Ob2KeyAlgorithm = 'RS256' | 'ES256' | 'EdDSA';

/** The issuer Profile's hosted-verification rules (OB 2.0 VerificationObject). */
export type Ob2VerificationPolicy = { allowedOrigins?: string | string[]; startsWith?: string | string[] };

function keyPair(alg: Ob2KeyAlgorithm) {
  if (alg === 'ES256') return generateKeyPairSync('ec', { namedCurve: 'P-256' });
  if (alg === 'EdDSA') return generateKeyPairSync('ed25519');
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

/** An OB 2.0 issuer's published documents under `base` (profile, BadgeClass, key, revocation list). */
export function ob2Site(
  base: string,
  options: {
    issuerName: string;
    achievement: AchievementTemplate;
    revoked?: { id: string; reason?: string }[];
    alg?: Ob2KeyAlgorithm;
    verification?: Ob2VerificationPolicy;
  },
): Ob2Site {
  const issuerUrl = `${base}/issuer.json`;
  const badgeClassUrl = `${base}/badges/${encodeURIComponent(options.achievement.name.toLowerCase().replace(/\s+/g, '-'))}.json`;
  const revocationListUrl = `${base}/revocations.json`;
  const keyUrl = `${base}/key.json`;
  const alg = options.alg ?? 'RS256';
  const { privateKey, publicKey } = keyPair(alg);
  const verification = options.verification ? { verification: { type: 'VerificationObject', ...options.verification } } : {};
  const documents = new Map<string, unknown>([
    [
      issuerUrl,
      {
        '@context': OB2_CONTEXT,
        type: 'Issuer',
        id: issuerUrl,
        name: options.issuerName,
        url: base,
        email: 'badges@example.org',
        publicKey: keyUrl,
        revocationList: revocationListUrl,
        ...verification,
      },
    ],
    [
      badgeClassUrl,
      {
        '@context': OB2_CONTEXT,
        type: 'BadgeClass',
        id: badgeClassUrl,
        name: options.achievement.name,
        description: options.achievement.description,
        image: options.achievement.image ?? `${base}/badge.png`,
        criteria: { narrative: options.achievement.criteria },
        issuer: issuerUrl,
        alignment: options.achievement.alignments ?? [],
      },
    ],
    [
      keyUrl,
      {
        '@context': OB2_CONTEXT,
        type: 'CryptographicKey',
        id: keyUrl,
        owner: issuerUrl,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      },
    ],
    [
      revocationListUrl,
      {
        '@context': OB2_CONTEXT,
        type: 'RevocationList',
        id: revocationListUrl,
        issuer: issuerUrl,
        revokedAssertions: (options.revoked ?? []).map((r) => ({ id: r.id, ...(r.reason ? { revocationReason: r.reason } : {}) })),
      },
    ],
  ]);
  return { documents, issuerUrl, badgeClassUrl, revocationListUrl, keyUrl, privateKey, alg };
}

/** A hosted assertion (published at its id, which the site serves). */
export function hostedAssertion(
  site: Ob2Site,
  options: { id: string; email: string; issuedOn?: string; expires?: string; publish?: boolean },
): Record<string, unknown> {
  const salt = createHash('sha256').update(options.id).digest('hex').slice(0, 12);
  const assertion: Record<string, unknown> = {
    '@context': OB2_CONTEXT,
    type: 'Assertion',
    id: options.id,
    recipient: {
      type: 'email',
      hashed: true,
      salt,
      identity: `sha256$${createHash('sha256')
        .update(options.email + salt)
        .digest('hex')}`,
    },
    badge: site.badgeClassUrl,
    verification: { type: 'hosted' },
    issuedOn: options.issuedOn ?? '2026-02-01T10:00:00Z',
    ...(options.expires ? { expires: options.expires } : {}),
  };
  if (options.publish !== false) site.documents.set(options.id, assertion);
  return assertion;
}

/** A signed assertion: a JWS (the site's algorithm, RS256 by default) over the assertion, verified with the key the issuer profile lists. */
export async function signedAssertion(site: Ob2Site, options: { id: string; email: string; issuedOn?: string }): Promise<string> {
  const assertion = { ...hostedAssertion(site, { ...options, publish: false }), verification: { type: 'signed', creator: site.keyUrl } };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(assertion))).setProtectedHeader({ alg: site.alg }).sign(site.privateKey);
}
