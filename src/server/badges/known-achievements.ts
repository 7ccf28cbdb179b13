import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import { queryRows, type Database, type Tx } from '@/server/db/client';

/**
 * An achievement seen on the platform: the pair (issuer id, achievement id), named only from verified badges of that
 * pair, with the registry's name for a known issuer (else the issuer's own claim, `issuerKnown` false).
 */
export type KnownAchievement = { key: string; id: string; name: string; issuerId: string; issuerName: string; issuerKnown: boolean; holders: number };

type Row = Omit<KnownAchievement, 'key'>;

/**
 * Verified, unexpired badges grouped by pair; a failed, revoked or expired badge is not counted and lends no name.
 * `where` filters the pairs (it sees `p` and the registry row `k`); known issuers first, then the most held.
 */
function knownAchievements(where: SQL, limit: number, pairFilter: SQL = sql`true`): SQL {
  return sql`with p as (
      select b.issuer_id, b.achievement_id,
        mode() within group (order by b.achievement_name) as name,
        mode() within group (order by b.issuer_name) as claimed_issuer,
        count(distinct b.user_id)::int as holders
      from badges b
      where b.state = 'verified' and (b.expires_at is null or b.expires_at > now()) and ${pairFilter}
      group by b.issuer_id, b.achievement_id)
    select p.achievement_id as "id", p.name, p.issuer_id as "issuerId", coalesce(k.name, p.claimed_issuer) as "issuerName",
      (k.issuer_id is not null) as "issuerKnown", p.holders
    from p left join known_issuers k on k.issuer_id = p.issuer_id
    where ${where}
    order by (k.issuer_id is not null) desc, p.holders desc, p.name, p.issuer_id
    limit ${limit}`;
}

const withKey = (rows: Row[]): KnownAchievement[] => rows.map((row) => ({ key: achievementKey(row.issuerId, row.id), ...row }));

/** Achievements held on the platform, by name or issuer name: for pickers. Known issuers first, then most held. */
export async function searchKnownAchievements(db: Database | Tx, query: string, limit = 10): Promise<KnownAchievement[]> {
  const like = `%${query
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return withKey(await queryRows<Row>(db, knownAchievements(sql`lower(p.name) like ${like} or lower(coalesce(k.name, p.claimed_issuer)) like ${like}`, limit)));
}

/** One achievement, by its pair; null when no verified badge of that pair is held (nothing may name it then). */
export async function findKnownAchievement(db: Database | Tx, issuerId: string, achievementId: string): Promise<KnownAchievement | null> {
  const rows = await queryRows<Row>(db, knownAchievements(sql`true`, 1, sql`b.issuer_id = ${issuerId} and b.achievement_id = ${achievementId}`));
  return withKey(rows)[0] ?? null;
}

/**
 * Achievements whose verified badges cover a skill (it, or anything under it), known issuers first, most held next:
 * the route to work. `knownOnly` (default) leaves out issuers not known to Badgeboard, which would not meet a role that
 * counts known issuers only.
 */
export async function achievementsCovering(
  db: Database | Tx,
  skillKey: string,
  options: { limit?: number; knownOnly?: boolean } = {},
): Promise<KnownAchievement[]> {
  const covers = sql`exists (select 1 from unnest(b.skill_keys) s join concept_closure c on c.descendant_key = s where c.ancestor_key = ${skillKey})`;
  return withKey(
    await queryRows<Row>(db, knownAchievements(options.knownOnly === false ? sql`true` : sql`k.issuer_id is not null`, options.limit ?? 3, covers)),
  );
}

/**
 * The skills achievements teach, as their verified badges align them (the same rule as their names: nothing
 * unverified speaks for an achievement). A role asking for a badge asks for these skills too.
 */
export async function achievementSkillKeys(db: Database | Tx, pairs: { issuerId: string; achievementId: string }[]): Promise<string[]> {
  if (pairs.length === 0) return [];
  const matches = sql.join(
    pairs.map((pair) => sql`(b.issuer_id = ${pair.issuerId} and b.achievement_id = ${pair.achievementId})`),
    sql` or `,
  );
  const rows = await queryRows<{ key: string }>(
    db,
    sql`select distinct unnest(b.skill_keys) as "key" from badges b
      where b.state = 'verified' and (b.expires_at is null or b.expires_at > now()) and (${matches})`,
  );
  return rows.map((row) => row.key);
}
