import { inArray } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { badges, conceptClosure } from '@/server/db/schema';
import type { CandidateDocument } from '@/server/search/indices/candidates';

type IndexedBadge = CandidateDocument['badges'][number];

/** The nested badge objects of candidate documents: direct skill codes plus every ancestor (one closure query per batch). */
export async function loadIndexedBadges(db: Database | Tx, cvIds: string[]): Promise<Map<string, IndexedBadge[]>> {
  const result = new Map<string, IndexedBadge[]>();
  if (cvIds.length === 0) return result;
  const rows = await db
    .select({
      id: badges.id,
      cvId: badges.cvId,
      achievementId: badges.achievementId,
      achievementName: badges.achievementName,
      issuerId: badges.issuerId,
      issuerName: badges.issuerName,
      skillKeys: badges.skillKeys,
      state: badges.state,
      issuedAt: badges.issuedAt,
      expiresAt: badges.expiresAt,
      verifiedAt: badges.verifiedAt,
      level: badges.level,
    })
    .from(badges)
    .where(inArray(badges.cvId, cvIds))
    .orderBy(badges.createdAt);
  const skillKeys = [...new Set(rows.flatMap((row) => row.skillKeys))];
  const ancestors = new Map<string, string[]>();
  if (skillKeys.length) {
    for (const link of await db.select({ ancestor: conceptClosure.ancestorKey, descendant: conceptClosure.descendantKey }).from(conceptClosure).where(inArray(conceptClosure.descendantKey, skillKeys))) {
      const list = ancestors.get(link.descendant);
      if (list) list.push(link.ancestor);
      else ancestors.set(link.descendant, [link.ancestor]);
    }
  }
  const iso = (date: Date | string | null) => (date ? new Date(date).toISOString() : null);
  for (const row of rows) {
    const expanded = new Set(row.skillKeys);
    for (const key of row.skillKeys) for (const ancestor of ancestors.get(key) ?? []) expanded.add(ancestor);
    const list = result.get(row.cvId) ?? [];
    list.push({
      badge_id: row.id,
      achievement_id: row.achievementId,
      achievement_name: row.achievementName,
      issuer_id: row.issuerId,
      issuer_name: row.issuerName,
      skill_codes: row.skillKeys,
      expanded_codes: [...expanded].sort(),
      state: row.state,
      issued_at: iso(row.issuedAt),
      expires_at: iso(row.expiresAt),
      verified_at: iso(row.verifiedAt),
      level: row.level,
    });
    result.set(row.cvId, list);
  }
  return result;
}
