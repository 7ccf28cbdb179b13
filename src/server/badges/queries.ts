import 'server-only';
import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { achievementKey, parseAchievementKey } from '@/lib/achievement-key';
import { queryRows, type Database } from '@/server/db/client';
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
    .select({
      key: concepts.key,
      label: concepts.label,
      notation: concepts.notation,
      frameworkId: concepts.frameworkId,
      frameworkName: frameworks.name,
      version: frameworks.version,
    })
    .from(concepts)
    .innerJoin(frameworks, eq(frameworks.id, concepts.frameworkId))
    .where(inArray(concepts.key, missing));
  const found = new Map(
    rows.map((row) => [
      row.key,
      {
        key: row.key,
        label: row.label ?? row.key,
        notation: row.notation,
        frameworkId: row.frameworkId,
        frameworkName: row.frameworkName,
        recognised: Boolean(row.version),
      },
    ]),
  );
  if (labelCache.size > 20_000) labelCache.clear();
  for (const key of missing) {
    const label = found.get(key) ?? null;
    labelCache.set(key, { at: now, label });
    if (label) result.set(key, label);
  }
  return result;
}

export type EntityName = { name: string; issuerKnown: boolean };
const nameCache = new Map<string, { at: number; name: EntityName }>();

/** Verified and unexpired: the only badges whose words may become labels others read. */
const labelSource = sql`b.state = 'verified' and (b.expires_at is null or b.expires_at > now())`;

async function lookUpNames(db: Database, kind: 'issuer' | 'achievement', ids: string[]): Promise<{ id: string; name: string; issuerKnown: boolean }[]> {
  if (kind === 'issuer') {
    // A known issuer is named by the registry; an unknown one by what its verified badges claim (marked as such by callers).
    const rows = await queryRows<{ id: string; registry: string | null; claimed: string | null }>(
      db,
      sql`select i.id, k.name as registry,
            (select mode() within group (order by b.issuer_name) from badges b where b.issuer_id = i.id and ${labelSource}) as claimed
          from unnest(${sql.raw('ARRAY[')}${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )}${sql.raw(']::text[]')}) as i(id)
          left join known_issuers k on k.issuer_id = i.id`,
    );
    return rows.flatMap((row): { id: string; name: string; issuerKnown: boolean }[] =>
      row.registry ? [{ id: row.id, name: row.registry, issuerKnown: true }] : row.claimed ? [{ id: row.id, name: row.claimed, issuerKnown: false }] : [],
    );
  }
  const pairs = ids.map((key) => ({ key, pair: parseAchievementKey(key) })).filter((entry) => entry.pair !== null);
  if (pairs.length === 0) return [];
  const rows = await queryRows<{ issuerId: string; achievementId: string; name: string; issuerKnown: boolean }>(
    db,
    sql`select b.issuer_id as "issuerId", b.achievement_id as "achievementId", mode() within group (order by b.achievement_name) as name,
          bool_or(k.issuer_id is not null) as "issuerKnown"
        from badges b left join known_issuers k on k.issuer_id = b.issuer_id
        where ${labelSource} and (b.issuer_id, b.achievement_id) in (${sql.join(
          pairs.map(({ pair }) => sql`(${pair!.issuerId}, ${pair!.achievementId})`),
          sql`, `,
        )})
        group by b.issuer_id, b.achievement_id`,
  );
  return rows.map((row) => ({ id: achievementKey(row.issuerId, row.achievementId), name: row.name, issuerKnown: row.issuerKnown }));
}

/**
 * Display names of issuers (by id) and achievements (by key: issuer id and achievement id), cached like labels.
 * Names come only from the registry and from verified badges: a failed, revoked or expired badge never names anything.
 */
export async function badgeEntityNames(db: Database, kind: 'issuer' | 'achievement', ids: string[]): Promise<Map<string, EntityName>> {
  const result = new Map<string, EntityName>();
  const missing: string[] = [];
  const now = Date.now();
  for (const id of new Set(ids)) {
    const hit = nameCache.get(`${kind}:${id}`);
    if (hit && now - hit.at < LABEL_TTL_MS) result.set(id, hit.name);
    else missing.push(id);
  }
  if (missing.length) {
    const rows = await lookUpNames(db, kind, missing);
    if (nameCache.size > 20_000) nameCache.clear();
    for (const row of rows) {
      const name = { name: row.name, issuerKnown: row.issuerKnown };
      nameCache.set(`${kind}:${row.id}`, { at: now, name });
      result.set(row.id, name);
    }
  }
  return result;
}
