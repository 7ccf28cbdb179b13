import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { badges, cvs, knownIssuers } from '@/server/db/schema';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { forgetIssuerRegistrySnapshot } from './db-issuer-registry';
import { achievementUnderIssuer, type KnownIssuer } from './issuer-registry';
import { normaliseIssuerName } from './normalise-issuer-name';

export type KnownIssuerInput = KnownIssuer & { sourceDetail?: string | null };

/**
 * Badges whose verdict may change when this issuer joins or leaves the registry: its own (known or not), and
 * other issuers' that claim its name or use achievement ids under its domains (impersonation either way).
 */
async function affectedBadges(tx: Tx, issuer: KnownIssuer): Promise<string[]> {
  const pairs = await tx.selectDistinct({ issuerId: badges.issuerId, issuerName: badges.issuerName, achievementId: badges.achievementId }).from(badges);
  const wanted = normaliseIssuerName(issuer.name);
  const suspects = pairs.filter(
    (pair) => pair.issuerId === issuer.issuerId || normaliseIssuerName(pair.issuerName) === wanted || achievementUnderIssuer(pair.achievementId, issuer),
  );
  if (suspects.length === 0) return [];
  const rows = await tx
    .select({ id: badges.id })
    .from(badges)
    .where(
      sql`(${badges.issuerId}, ${badges.issuerName}, ${badges.achievementId}) in (${sql.join(
        suspects.map((s) => sql`(${s.issuerId}, ${s.issuerName}, ${s.achievementId})`),
        sql`, `,
      )})`,
    );
  return rows.map((row) => row.id);
}

/** Flags the badges of an issuer as known or not, queues their CVs for search, and makes suspects due for a re-check now. */
async function applyChange(tx: Tx, issuer: KnownIssuer, known: boolean): Promise<string[]> {
  await tx.update(badges).set({ issuerKnown: known }).where(eq(badges.issuerId, issuer.issuerId));
  const affected = await affectedBadges(tx, issuer);
  if (affected.length) {
    // Due at once: the scheduled re-check (and the caller, for a few) re-runs the issuer check against the new registry.
    await tx
      .update(badges)
      .set({ checkedAt: new Date(0) })
      .where(inArray(badges.id, affected));
    const cvIds = (await tx.selectDistinct({ cvId: badges.cvId }).from(badges).where(inArray(badges.id, affected))).map((row) => row.cvId);
    await tx
      .update(cvs)
      .set({ searchVersion: sql`${cvs.searchVersion} + 1` })
      .where(inArray(cvs.id, cvIds));
    await enqueueSearchSync(tx, 'candidate', cvIds);
  }
  return affected;
}

/** Adds an issuer to the registry (or updates its name and domains). Returns the badges to re-check. */
export async function addKnownIssuer(db: Database, input: KnownIssuerInput): Promise<{ affected: string[] }> {
  const affected = await db.transaction(async (tx) => {
    const values = {
      name: input.name.trim(),
      normalisedName: normaliseIssuerName(input.name),
      domains: input.domains,
      source: input.source,
      sourceDetail: input.sourceDetail ?? null,
    };
    const [before] = await tx.select().from(knownIssuers).where(eq(knownIssuers.issuerId, input.issuerId));
    await tx
      .insert(knownIssuers)
      .values({ issuerId: input.issuerId, ...values })
      .onConflictDoUpdate({ target: knownIssuers.issuerId, set: values });
    const changed = await applyChange(tx, input, true);
    // A renamed issuer stops protecting its old name: badges claiming that one are re-checked too.
    if (before && before.normalisedName !== values.normalisedName)
      changed.push(...(await affectedBadges(tx, { ...input, name: before.name, domains: before.domains })));
    return [...new Set(changed)];
  });
  forgetIssuerRegistrySnapshot();
  return { affected };
}

/** Removes an issuer from the registry; its badges become "issuer not known" and suspects are re-checked. */
export async function removeKnownIssuer(db: Database, issuerId: string): Promise<{ removed: boolean; affected: string[] }> {
  const result = await db.transaction(async (tx) => {
    const [row] = await tx.delete(knownIssuers).where(eq(knownIssuers.issuerId, issuerId)).returning();
    if (!row) return { removed: false, affected: [] };
    return { removed: true, affected: await applyChange(tx, { issuerId, name: row.name, domains: row.domains, source: row.source }, false) };
  });
  forgetIssuerRegistrySnapshot();
  return result;
}

export async function listKnownIssuers(db: Database) {
  return db.select().from(knownIssuers).orderBy(knownIssuers.name);
}
