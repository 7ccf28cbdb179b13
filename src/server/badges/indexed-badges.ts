import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import type { Database, Tx } from '@/server/db/client';
import { badges, conceptClosure, knownIssuers } from '@/server/db/schema';
import type { CandidateDocument } from '@/server/search/indices/candidates';

type IndexedBadge = CandidateDocument['badges'][number];
export type IndexedBadges = { badges: IndexedBadge[]; otherCount: number };

/**
 * The nested badge objects of candidate documents: direct skill codes plus every ancestor (one closure query per batch).
 * Only verified and unverified badges go in (the index is what others see); failed, revoked and expired ones — and
 * verified ones past their expiry, which the next re-check marks expired — are only counted.
 */
export async function loadIndexedBadges(db: Database | Tx, cvIds: string[], now = new Date()): Promise<Map<string, IndexedBadges>> {
  const result = new Map<string, IndexedBadges>();
  if (cvIds.length === 0) return result;
  const rows = await db
    .select({
      id: badges.id,
      cvId: badges.cvId,
      achievementId: badges.achievementId,
      achievementName: badges.achievementName,
      issuerId: badges.issuerId,
      issuerName: badges.issuerName,
      issuerKnown: badges.issuerKnown,
      registryName: knownIssuers.name,
      skillKeys: badges.skillKeys,
      state: badges.state,
      issuedAt: badges.issuedAt,
      expiresAt: badges.expiresAt,
      verifiedAt: badges.verifiedAt,
      level: badges.level,
    })
    .from(badges)
    .leftJoin(knownIssuers, eq(knownIssuers.issuerId, badges.issuerId))
    .where(inArray(badges.cvId, cvIds))
    .orderBy(badges.createdAt);
  const shown = rows.filter((row) => (row.state === 'verified' || row.state === 'unverified') && !(row.expiresAt && new Date(row.expiresAt) <= now));
  const skillKeys = [...new Set(shown.flatMap((row) => row.skillKeys))];
  const ancestors = new Map<string, string[]>();
  if (skillKeys.length) {
    for (const link of await db
      .select({ ancestor: conceptClosure.ancestorKey, descendant: conceptClosure.descendantKey })
      .from(conceptClosure)
      .where(inArray(conceptClosure.descendantKey, skillKeys))) {
      const list = ancestors.get(link.descendant);
      if (list) list.push(link.ancestor);
      else ancestors.set(link.descendant, [link.ancestor]);
    }
  }
  const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null);
  const entry = (cvId: string) => result.get(cvId) ?? result.set(cvId, { badges: [], otherCount: 0 }).get(cvId)!;
  for (const row of rows) {
    if (!shown.includes(row)) {
      entry(row.cvId).otherCount += 1;
      continue;
    }
    const expanded = new Set(row.skillKeys);
    for (const key of row.skillKeys) for (const ancestor of ancestors.get(key) ?? []) expanded.add(ancestor);
    entry(row.cvId).badges.push({
      badge_id: row.id,
      achievement_id: row.achievementId,
      achievement_key: achievementKey(row.issuerId, row.achievementId),
      achievement_name: row.achievementName,
      issuer_id: row.issuerId,
      issuer_name: row.issuerKnown && row.registryName ? row.registryName : row.issuerName,
      issuer_known: row.issuerKnown,
      skill_codes: row.skillKeys,
      expanded_codes: [...expanded].sort(),
      state: row.state as IndexedBadge['state'],
      issued_at: iso(row.issuedAt),
      expires_at: iso(row.expiresAt),
      verified_at: iso(row.verifiedAt),
      level: row.level,
    });
  }
  return result;
}
