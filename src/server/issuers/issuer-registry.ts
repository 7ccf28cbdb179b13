import 'server-only';
import { normaliseIssuerName } from './normalise-issuer-name';

export type KnownIssuer = { issuerId: string; name: string; domains: string[]; source: 'organisation' | 'admin' | 'registry' };

/** What verification asks of the known-issuer registry. Backed by Postgres in the app, by a file in the CLI. */
export type IssuerRegistry = {
  find(issuerId: string): Promise<KnownIssuer | null>;
  /** Known issuers whose name normalises to the same as `name`. */
  findByName(name: string): Promise<KnownIssuer[]>;
  /** Known issuers an achievement id belongs to: under their https id, did:web domain or domains, or already seen verified from them. */
  achievementOwners(achievementId: string): Promise<KnownIssuer[]>;
};

/** The host an issuer id lives under: an https id's host, a did:web's domain; none for did:key and others. */
export function issuerHost(issuerId: string): string | null {
  if (issuerId.startsWith('did:web:'))
    return (
      decodeURIComponent(issuerId.split(':')[2] ?? '')
        .split(':')[0]
        ?.toLowerCase() || null
    );
  return urlHost(issuerId);
}

export function urlHost(value: string): string | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Hosts that prove nothing about who owns an id under them (shared hosting, link shorteners, examples). */
const SHARED_HOSTS = [
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'herokuapp.com',
  'example.com',
  'example.org',
  'example.net',
  'w3id.org',
  'purl.org',
];

/** The domains under which an issuer's achievement ids are its own. */
export function ownedDomains(issuer: KnownIssuer): string[] {
  const domains = new Set(issuer.domains.map((domain) => domain.toLowerCase().replace(/^\.+|\.+$/g, '')));
  const host = issuerHost(issuer.issuerId);
  if (host) domains.add(host);
  return [...domains].filter((domain) => domain && !SHARED_HOSTS.includes(domain));
}

/** Does the achievement id live under one of the issuer's domains? (Ids on shared hosts need a path match instead.) */
export function achievementUnderIssuer(achievementId: string, issuer: KnownIssuer): boolean {
  const host = urlHost(achievementId) ?? (achievementId.startsWith('did:web:') ? issuerHost(achievementId) : null);
  if (!host) return false;
  if (ownedDomains(issuer).some((domain) => under(host, domain))) return true;
  // An https issuer id on a shared host owns the paths below its own.
  const base = /^https?:\/\//i.test(issuer.issuerId) ? issuer.issuerId.replace(/\/+$/, '') : null;
  return Boolean(base && (achievementId === base || achievementId.startsWith(`${base}/`)));
}

/** An in-memory registry: the CLI's `--issuers` file, and tests. */
export function memoryIssuerRegistry(issuers: KnownIssuer[], seen: { issuerId: string; achievementId: string }[] = []): IssuerRegistry {
  const byId = new Map(issuers.map((issuer) => [issuer.issuerId, issuer]));
  return {
    find: async (issuerId) => byId.get(issuerId) ?? null,
    findByName: async (name) => {
      const wanted = normaliseIssuerName(name);
      return wanted ? issuers.filter((issuer) => normaliseIssuerName(issuer.name) === wanted) : [];
    },
    achievementOwners: async (achievementId) =>
      issuers.filter(
        (issuer) => achievementUnderIssuer(achievementId, issuer) || seen.some((s) => s.issuerId === issuer.issuerId && s.achievementId === achievementId),
      ),
  };
}
