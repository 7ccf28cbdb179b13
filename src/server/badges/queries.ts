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

/** Labels for taxonomy keys (skills on badges), with their framework and whether it is a recognised one. */
export async function skillLabels(db: Database, keys: string[]): Promise<Map<string, SkillLabel>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ key: concepts.key, label: concepts.label, notation: concepts.notation, frameworkId: concepts.frameworkId, frameworkName: frameworks.name, version: frameworks.version })
    .from(concepts)
    .innerJoin(frameworks, eq(frameworks.id, concepts.frameworkId))
    .where(inArray(concepts.key, unique));
  return new Map(rows.map((row) => [row.key, { key: row.key, label: row.label ?? row.key, notation: row.notation, frameworkId: row.frameworkId, frameworkName: row.frameworkName, recognised: Boolean(row.version) }]));
}
