import net from 'node:net';
import { eq } from 'drizzle-orm';
import { signUp } from '@/server/auth/sign-up';
import type { Viewer } from '@/server/auth/viewer';
import { openDatabase, type Database } from '@/server/db/client';
import { cvs } from '@/server/db/schema';
import { createSearchClient, type SearchHandle } from '@/server/search/client';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The run's real Postgres database (set up by `npm test`). */
export async function testDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  return openDatabase(process.env.DATABASE_URL!, { max: 4 });
}

/** The run's real Elasticsearch, with the run's index prefix; `url` overrides the node (e.g. a proxy). */
export function testSearch(url = process.env.ELASTICSEARCH_URL!, requestTimeout = 5_000): SearchHandle {
  return createSearchClient({ url, indexPrefix: process.env.ELASTICSEARCH_INDEX_PREFIX! }, { requestTimeout });
}

export async function createSeeker(db: Database, name = 'Test Seeker'): Promise<{ userId: string; cvId: string; email: string }> {
  const email = `seeker-${unique()}@example.test`;
  const { userId } = await signUp(db, { name, email, password: 'a-long-password', accountType: 'seeker' });
  const [cv] = await db.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, userId));
  return { userId, cvId: cv!.id, email };
}

export async function createEmployerViewer(db: Database): Promise<Viewer> {
  const email = `employer-${unique()}@example.test`;
  const { userId } = await signUp(db, { name: 'Test Employer', email, password: 'a-long-password', accountType: 'employer', organisationName: 'Test Org' });
  return {
    id: userId,
    email,
    name: 'Test Employer',
    emailVerified: false,
    isAdmin: false,
    cvId: null,
    orgs: [{ id: 'org', name: 'Test Org', slug: 'test-org', role: 'owner' }],
  };
}

/** A new employer organisation of its own and its owner, as the owner's viewer (the organisation's real id, from the database). */
export async function createOrgOwnerViewer(db: Database, name = 'Org Owner'): Promise<Viewer> {
  const { memberships, organisations } = await import('@/server/db/schema');
  const word = uniqueWord();
  const email = `owner-${word}@example.test`;
  const { userId } = await signUp(db, { name, email, password: 'a-long-password', accountType: 'employer', organisationName: `Org ${word}` });
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
  return { id: userId, email, name, emailVerified: false, isAdmin: false, cvId: null, orgs };
}

export function seekerViewer(seeker: { userId: string; cvId: string; email: string }): Viewer {
  return { id: seeker.userId, email: seeker.email, name: 'Test Seeker', emailVerified: false, isAdmin: false, cvId: seeker.cvId, orgs: [] };
}

/** A word no other test uses, to find exactly one CV by text. */
export function uniqueWord(): string {
  return `zq${unique().replace(/[^a-z0-9]/g, '')}`;
}

/**
 * A TCP proxy in front of Elasticsearch that a test can take down and bring back, to play
 * "Elasticsearch is unreachable" without stopping the shared node.
 */
export async function elasticsearchProxy(target = process.env.ELASTICSEARCH_URL!) {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let listenPort = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(port), hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const close = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await up();
  return { url: `http://127.0.0.1:${listenPort}`, up, down };
}

/**
 * Puts an issuer in the known-issuer registry as an admin would, without re-checking anyone's badges (search tests
 * set badge states themselves). Keeps an existing entry's name.
 */
export async function ensureKnownIssuer(db: Database, issuerId: string, name: string): Promise<void> {
  const { knownIssuers } = await import('@/server/db/schema');
  const { normaliseIssuerName } = await import('@/server/issuers/normalise-issuer-name');
  const { forgetIssuerRegistrySnapshot } = await import('@/server/issuers/db-issuer-registry');
  await db
    .insert(knownIssuers)
    .values({ issuerId, name, normalisedName: normaliseIssuerName(name), domains: [], source: 'admin', sourceDetail: 'integration test' })
    .onConflictDoNothing();
  forgetIssuerRegistrySnapshot();
}

/**
 * Puts a badge row on a CV as if it had been verified with the given outcome (search tests are about
 * search; verification has its own tests), and announces the change to search. The issuer is known (and put in
 * the registry under `issuerName`) unless `issuerKnown: false`.
 */
export async function insertBadge(
  db: Database,
  seeker: { userId: string; cvId: string },
  badge: {
    name: string;
    skills?: string[];
    achievementId?: string;
    issuerId?: string;
    issuerName?: string;
    issuerKnown?: boolean;
    state?: 'verified' | 'unverified' | 'failed' | 'revoked' | 'expired';
    expiresAt?: Date | null;
    level?: string | null;
  },
): Promise<string> {
  const { badges: badgesTable, cvs: cvsTable } = await import('@/server/db/schema');
  const { enqueueSearchSync } = await import('@/server/search/sync/outbox');
  const { sql } = await import('drizzle-orm');
  const id = unique();
  const state = badge.state ?? 'verified';
  const issuerId = badge.issuerId ?? 'did:web:issuer.example';
  const issuerName = badge.issuerName ?? 'Example Academy';
  const issuerKnown = badge.issuerKnown ?? true;
  if (issuerKnown) await ensureKnownIssuer(db, issuerId, issuerName);
  const [row] = await db
    .insert(badgesTable)
    .values({
      cvId: seeker.cvId,
      userId: seeker.userId,
      format: 'ob3',
      source: 'json',
      raw: `{"test":"${id}"}`,
      rawHash: id,
      credentialKey: `urn:test:${id}`,
      achievementId: badge.achievementId ?? `https://issuer.example/achievements/${badge.name.toLowerCase().replace(/\W+/g, '-')}`,
      achievementName: badge.name,
      issuerId,
      issuerName,
      issuerKnown,
      level: badge.level ?? null,
      skillKeys: badge.skills ?? [],
      state,
      report: { state, checks: [], checkedAt: new Date().toISOString() },
      expiresAt: badge.expiresAt ?? null,
      issuedAt: new Date('2026-01-10T00:00:00Z'),
      verifiedAt: state === 'verified' ? new Date() : null,
    })
    .returning({ id: badgesTable.id });
  await db
    .update(cvsTable)
    .set({ searchVersion: sql`${cvsTable.searchVersion} + 1` })
    .where(sql`${cvsTable.id} = ${seeker.cvId}`);
  await enqueueSearchSync(db, 'candidate', [seeker.cvId]);
  return row!.id;
}
