import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { badges, knownIssuers } from '@/server/db/schema';
import { achievementUnderIssuer, type IssuerRegistry, type KnownIssuer } from './issuer-registry';
import { normaliseIssuerName } from './normalise-issuer-name';

type Snapshot = { at: number; issuers: KnownIssuer[]; byId: Map<string, KnownIssuer>; byName: Map<string, KnownIssuer[]> };

// The registry is small and read on every verification: keep a snapshot, dropped on every change in this
// process and at most 30 s old for changes made by another process.
const SNAPSHOT_TTL_MS = 30_000;
let snapshot: Snapshot | null = null;

export function forgetIssuerRegistrySnapshot(): void {
  snapshot = null;
}

async function load(db: Database | Tx): Promise<Snapshot> {
  if (snapshot && Date.now() - snapshot.at < SNAPSHOT_TTL_MS) return snapshot;
  const rows = await db.select().from(knownIssuers);
  const issuers: KnownIssuer[] = rows.map((row) => ({ issuerId: row.issuerId, name: row.name, domains: row.domains, source: row.source }));
  const byName = new Map<string, KnownIssuer[]>();
  for (const [index, issuer] of issuers.entries()) {
    const key = rows[index]!.normalisedName;
    byName.set(key, [...(byName.get(key) ?? []), issuer]);
  }
  snapshot = { at: Date.now(), issuers, byId: new Map(issuers.map((issuer) => [issuer.issuerId, issuer])), byName };
  return snapshot;
}

/** The known-issuer registry in Postgres. "Already seen from that issuer" means a verified badge of theirs is stored. */
export function dbIssuerRegistry(db: Database | Tx): IssuerRegistry {
  return {
    find: async (issuerId) => (await load(db)).byId.get(issuerId) ?? null,
    findByName: async (name) => (await load(db)).byName.get(normaliseIssuerName(name)) ?? [],
    achievementOwners: async (achievementId) => {
      const { issuers } = await load(db);
      const owners = issuers.filter((issuer) => achievementUnderIssuer(achievementId, issuer));
      if (issuers.length === 0) return owners;
      const seen = await db
        .selectDistinct({ issuerId: badges.issuerId })
        .from(badges)
        .where(
          and(
            eq(badges.achievementId, achievementId),
            eq(badges.state, 'verified'),
            inArray(
              badges.issuerId,
              issuers.map((issuer) => issuer.issuerId),
            ),
          ),
        );
      for (const { issuerId } of seen) if (!owners.some((owner) => owner.issuerId === issuerId)) owners.push((await load(db)).byId.get(issuerId)!);
      return owners;
    },
  };
}
