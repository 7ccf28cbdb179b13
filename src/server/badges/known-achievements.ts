import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { badges } from '@/server/db/schema';

export type KnownAchievement = { id: string; name: string; issuerId: string; issuerName: string; holders: number; skillKeys: string[] };

/** Achievements seen on the platform (from attached badges), by name or issuer: for pickers and the route to work. */
export async function searchKnownAchievements(db: Database, query: string, limit = 10): Promise<KnownAchievement[]> {
  const like = `%${query.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({
      id: badges.achievementId,
      name: sql<string>`max(${badges.achievementName})`,
      issuerId: sql<string>`max(${badges.issuerId})`,
      issuerName: sql<string>`max(${badges.issuerName})`,
      holders: sql<number>`count(distinct ${badges.userId})::int`,
      skillKeys: sql<string[]>`coalesce(array_agg(distinct k) filter (where k is not null), '{}')`,
    })
    .from(sql`${badges} left join lateral unnest(${badges.skillKeys}) as k on true`)
    .where(sql`lower(${badges.achievementName}) like ${like} or lower(${badges.issuerName}) like ${like}`)
    .groupBy(badges.achievementId)
    .orderBy(sql`count(distinct ${badges.userId}) desc`, sql`max(${badges.achievementName})`)
    .limit(limit);
  return rows;
}

/** One achievement seen on the platform, by id. */
export async function findKnownAchievement(db: Database, id: string): Promise<KnownAchievement | null> {
  const [row] = await db
    .select({
      id: badges.achievementId,
      name: sql<string>`max(${badges.achievementName})`,
      issuerId: sql<string>`max(${badges.issuerId})`,
      issuerName: sql<string>`max(${badges.issuerName})`,
      holders: sql<number>`count(distinct ${badges.userId})::int`,
      skillKeys: sql<string[]>`'{}'::text[]`,
    })
    .from(badges)
    .where(sql`${badges.achievementId} = ${id}`)
    .groupBy(badges.achievementId);
  return row ?? null;
}

/** The achievements on the platform that cover a skill (the skill itself or anything under it), most held first: the route to work. */
export async function achievementsCovering(db: Database, skillKey: string, limit = 3): Promise<KnownAchievement[]> {
  return db
    .select({
      id: badges.achievementId,
      name: sql<string>`max(${badges.achievementName})`,
      issuerId: sql<string>`max(${badges.issuerId})`,
      issuerName: sql<string>`max(${badges.issuerName})`,
      holders: sql<number>`count(distinct ${badges.userId})::int`,
      skillKeys: sql<string[]>`'{}'::text[]`,
    })
    .from(sql`${badges} join lateral unnest(${badges.skillKeys}) as k on true join concept_closure c on c.descendant_key = k`)
    .where(sql`c.ancestor_key = ${skillKey} and ${badges.state} = 'verified'`)
    .groupBy(badges.achievementId)
    .orderBy(sql`count(distinct ${badges.userId}) desc`, sql`max(${badges.achievementName})`)
    .limit(limit);
}
