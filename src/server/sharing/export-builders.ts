import 'server-only';
import { randomUUID } from 'node:crypto';

/** A stored credential is JSON text or a compact JWT (see `badges.raw`); which one decides how it travels. */
export type StoredCredential = { kind: 'json'; value: Record<string, unknown> } | { kind: 'jwt'; token: string };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export function storedCredential(raw: string): StoredCredential {
  const text = raw.trim();
  if (text.startsWith('{')) {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return { kind: 'json', value: value as Record<string, unknown> };
  }
  if (JWT.test(text)) return { kind: 'jwt', token: text };
  throw new Error('A stored credential is neither a JSON object nor a compact JWT.');
}

/** A file name from the achievement's name: plain letters and digits, so no browser or OS trips over it. */
export function credentialFileName(achievementName: string, kind: StoredCredential['kind']): string {
  const slug = achievementName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'badge'}.${kind === 'jwt' ? 'jwt' : 'json'}`;
}

/** The raw credential as a download: the bytes as stored, typed by what they are. */
export function credentialDownload(badge: { raw: string; achievementName: string }): { body: string; contentType: string; filename: string } {
  const stored = storedCredential(badge.raw);
  return {
    body: stored.kind === 'jwt' ? stored.token : badge.raw,
    contentType: stored.kind === 'jwt' ? 'application/jwt' : 'application/json',
    filename: credentialFileName(badge.achievementName, stored.kind),
  };
}

export type ExportBadge = {
  id: string;
  format: 'ob2' | 'ob3';
  raw: string;
  achievementName: string;
  issuerId: string;
  issuerName: string;
  state: string;
  issuedAt: Date | null;
  checkedAt: Date;
  report: { issuer?: { known: boolean; knownName: string | null } };
};

export const VCDM2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/**
 * All of a seeker's Verifiable Credentials as one unsigned Verifiable Presentation (VCDM 2.0): JSON credentials as
 * they are, VC-JWTs as `EnvelopedVerifiableCredential`s. The holder is named only when they proved a DID to us; an
 * unsigned presentation asserts nothing by itself, each credential keeps its own proof. Open Badges 2.0 assertions are
 * not Verifiable Credentials, so they are left out (and counted, for the caller to say so).
 */
export function buildPresentation(badges: ExportBadge[], holderDid: string | null): { presentation: Record<string, unknown>; leftOut: number } {
  const verifiableCredential: unknown[] = [];
  let leftOut = 0;
  for (const badge of badges) {
    if (badge.format !== 'ob3') {
      leftOut += 1;
      continue;
    }
    const stored = storedCredential(badge.raw);
    verifiableCredential.push(
      stored.kind === 'json'
        ? stored.value
        : { '@context': VCDM2_CONTEXT, id: `data:application/vc+jwt,${stored.token}`, type: 'EnvelopedVerifiableCredential' },
    );
  }
  return {
    presentation: {
      '@context': [VCDM2_CONTEXT],
      id: `urn:uuid:${randomUUID()}`,
      type: ['VerifiablePresentation'],
      ...(holderDid ? { holder: holderDid } : {}),
      verifiableCredential,
    },
    leftOut,
  };
}

/** JSON Resume's date form (YYYY-MM-DD), read in UTC. */
const resumeDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A JSON Resume (schema v1.0.0) of the seeker's verified badges as `certificates`: name, date, issuer (the registry's
 * name for a known issuer, else the credential's claim), url (the public badge page, when it is shared), and the
 * credential itself under `x-badgeboard` so a reader can verify it without asking us.
 */
export function buildJsonResume<B extends ExportBadge>(input: {
  basics: { name: string; headline: string | null; summary: string | null; location: string | null };
  badges: B[];
  pageUrl: (badge: B) => string | null;
  now: Date;
}): Record<string, unknown> {
  const { basics } = input;
  const certificates = input.badges
    .filter((badge) => badge.state === 'verified')
    .map((badge) => {
      const issuer = badge.report.issuer;
      const known = Boolean(issuer?.known && issuer.knownName);
      const url = input.pageUrl(badge);
      const stored = storedCredential(badge.raw);
      return {
        name: badge.achievementName,
        ...(badge.issuedAt ? { date: resumeDate(badge.issuedAt) } : {}),
        issuer: known ? issuer!.knownName! : badge.issuerName,
        ...(url ? { url } : {}),
        'x-badgeboard': {
          badgeId: badge.id,
          state: badge.state,
          checkedAt: badge.checkedAt.toISOString(),
          issuerId: badge.issuerId,
          issuerKnown: known,
          format: badge.format === 'ob3' ? 'Open Badges 3.0' : 'Open Badges 2.0',
          credential: stored.kind === 'json' ? stored.value : stored.token,
        },
      };
    });
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: basics.name,
      ...(basics.headline ? { label: basics.headline } : {}),
      ...(basics.summary ? { summary: basics.summary } : {}),
      ...(basics.location ? { location: { city: basics.location } } : {}),
    },
    certificates,
    meta: { version: 'v1.0.0', lastModified: input.now.toISOString() },
  };
}
