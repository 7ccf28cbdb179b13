import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { expandConceptCodes } from '@/server/taxonomy/concepts';
import { requirementCode } from './job-document';

export type SeekerCodes = {
  /** `achievement:<id>` and `skill:<key>` (with ancestors) from verified, unexpired badges. */
  verified: string[];
  /** `skill:<key>` (with ancestors) the seeker claims on their CV without a badge. */
  claimed: string[];
  /** Which verified badge backs each code (for ✓ explanations and application snapshots). */
  backing: Map<string, { id: string; name: string; issuerName: string; state: string }>;
};

/** The codes a seeker holds, as compared with job requirements. */
export async function loadSeekerCodes(db: Database, userId: string, now = new Date()): Promise<SeekerCodes> {
  const held = await db
    .select({ id: badges.id, name: badges.achievementName, issuerName: badges.issuerName, state: badges.state, achievementId: badges.achievementId, skillKeys: badges.skillKeys })
    .from(badges)
    .where(and(eq(badges.userId, userId), eq(badges.state, 'verified'), or(isNull(badges.expiresAt), gt(badges.expiresAt, now))));
  const backing = new Map<string, { id: string; name: string; issuerName: string; state: string }>();
  for (const badge of held) {
    const info = { id: badge.id, name: badge.name, issuerName: badge.issuerName, state: badge.state };
    backing.set(requirementCode('achievement', badge.achievementId), info);
    for (const key of await expandConceptCodes(db, badge.skillKeys)) if (!backing.has(requirementCode('skill', key))) backing.set(requirementCode('skill', key), info);
  }
  const [cv] = await db.select({ claimed: cvs.claimedSkills }).from(cvs).where(sql`${cvs.userId} = ${userId}`);
  const claimed = cv?.claimed.length ? (await expandConceptCodes(db, cv.claimed)).map((key) => requirementCode('skill', key)) : [];
  return { verified: [...backing.keys()], claimed: claimed.filter((code) => !backing.has(code)), backing };
}
