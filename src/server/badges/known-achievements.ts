import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from '@/server/db/client';

export type KnownAchievement = { id: string; name: string; issuerId: string; issuerName: string; holders: number };

const columns = sql`achievement_id as "id", max(achievement_name) as "name", max(issuer_id) as "issuerId", max(issuer_name) as "issuerName", count(distinct user_id)::int as "holders"`;

/** Achievements seen on the platform (from attached badges), by name or issuer: for pickers. Most held first. */
export async function searchKnownAchievements(db: Database | Tx, query: string, limit = 10): Promise<KnownAchievement[]> {
  const like = `%${query.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return queryRows<KnownAchievement>(
    db,
    sql`select ${columns} from badges where lower(achievement_name) like ${like} or lower(issuer_name) like ${like}
        group by achievement_id order by count(distinct user_id) desc, max(achievement_name) limit ${limit}`,
  );
}

/** One achievement seen on the platform, by id. */
export async function findKnownAchievement(db: Database | Tx, id: string): Promise<KnownAchievement | null> {
  const [row] = await queryRows<KnownAchievement>(db, sql`select ${columns} from badges where achievement_id = ${id} group by achievement_id`);
  return row ?? null;
}

/** Achievements whose verified badges cover a skill (it, or anything under it), most held first: the route to work. */
export async function achievementsCovering(db: Database | Tx, skillKey: string, limit = 3): Promise<KnownAchievement[]> {
  return queryRows<KnownAchievement>(
    db,
    sql`select ${columns} from badges b
        where b.state = 'verified' and exists (
          select 1 from unnest(b.skill_keys) k join concept_closure c on c.descendant_key = k where c.ancestor_key = ${skillKey})
        group by achievement_id order by count(distinct user_id) desc, max(achievement_name) limit ${limit}`,
  );
}
