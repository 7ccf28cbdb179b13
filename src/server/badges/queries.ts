import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { badges, concepts, cvs, frameworks, users } from '@/server/db/schema';

export type BadgeRow = typeof badges.$inferSelect;
export type SkillLabel = { key: string; label: string; notation: string | null; frameworkId: string; frameworkName: string; recognised: boolean };

/** A CV's badges, oldest first, without the raw credential. */
export async function listCvBadges(db: Database, cvId: string): Promise<Omit<BadgeRow, 'raw'>[]> {
  const { raw: _raw, ...columns } = getTableColumns(badges);
  return db.select(columns).from(badges).where(eq(badges.cvId, cvId)).orderBy(asc(badges.createdAt));
}

/** One badge with the CV it is on (owner and visibility, for the policy check). */
export async function getBadgeWithCv(db: Database, badgeId: string) {
  const [row] = await db
    .select({ badge: badges, cv: { id: cvs.id, userId: cvs.userId, visibility: cvs.visibility }, ownerName: users.name })
    .from(badges)
    .innerJoin(cvs, eq(cvs.id, badges.cvId))
    .innerJoin(users, eq(users.id, cvs.userId))
    .where(eq(badges.id, badgeId))
    .limit(1);
  return row ?? null;
}

/** Taxonomy labels change only on import: searches ask for the same few hundred again and again. */
const labelCache = new Map<string, { at: number; label: SkillLabel | null }>();
const LABEL_TTL_MS = 5 * 60_000;

/** Labels for taxonomy keys (skills on badges), with their framework and whether it is a recognised one. */
export async function skillLabels(db: Database, keys: string[]): Promise<Map<string, SkillLabel>> {
  const result = new Map<string, SkillLabel>();
  const missing: string[] = [];
  const now = Date.now();
  for (const key of new Set(keys)) {
    const hit = labelCache.get(key);
    if (hit && now - hit.at < LABEL_TTL_MS) {
      if (hit.label) result.set(key, hit.label);
    } else missing.push(key);
  }
  if (missing.length === 0) return result;
  const rows = await db
    .select({ key: concepts.key, label: concepts.label, notation: concepts.notation, frameworkId: concepts.frameworkId, frameworkName: frameworks.name, version: frameworks.version })
    .from(concepts)
    .innerJoin(frameworks, eq(frameworks.id, concepts.frameworkId))
    .where(inArray(concepts.key, missing));
  const found = new Map(rows.map((row) => [row.key, { key: row.key, label: row.label ?? row.key, notation: row.notation, frameworkId: row.frameworkId, frameworkName: row.frameworkName, recognised: Boolean(row.version) }]));
  if (labelCache.size > 20_000) labelCache.clear();
  for (const key of missing) {
    const label = found.get(key) ?? null;
    labelCache.set(key, { at: now, label });
    if (label) result.set(key, label);
  }
  return result;
}

const nameCache = new Map<string, { at: number; name: string }>();

/** Display names of issuers and achievements by id (from the badges that carry them), cached like labels. */
export async function badgeEntityNames(db: Database, kind: 'issuer' | 'achievement', ids: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const missing: string[] = [];
  const now = Date.now();
  for (const id of new Set(ids)) {
    const hit = nameCache.get(`${kind}:${id}`);
    if (hit && now - hit.at < LABEL_TTL_MS) result.set(id, hit.name);
    else missing.push(id);
  }
  if (missing.length) {
    const idColumn = kind === 'issuer' ? badges.issuerId : badges.achievementId;
    const nameColumn = kind === 'issuer' ? badges.issuerName : badges.achievementName;
    const rows = await db.selectDistinctOn([idColumn], { id: idColumn, name: nameColumn }).from(badges).where(inArray(idColumn, missing));
    if (nameCache.size > 20_000) nameCache.clear();
    for (const row of rows) {
      nameCache.set(`${kind}:${row.id}`, { at: now, name: row.name });
      result.set(row.id, row.name);
    }
  }
  return result;
}
