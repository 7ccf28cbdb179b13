import 'server-only';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import type { Database } from '@/server/db/client';
import { badges, cvs, knownIssuers } from '@/server/db/schema';
import { expandConceptCodes } from '@/server/taxonomy/concepts';
import { requirementCode } from './job-document';

/** The verified badge that backs a code, with its level (known issuer or not). */
export type BackingBadge = { id: string; name: string; issuerName: string; state: string; issuerKnown: boolean };

export type SeekerCodes = {
  /** `achievement:<issuer id> <achievement id>` and `skill:<key>` (with ancestors) from verified, unexpired badges of known issuers. */
  known: string[];
  /** The same from every verified, unexpired badge, known issuer or not (for roles that accept unknown issuers). */
  verified: string[];
  /** `skill:<key>` (with ancestors) the seeker claims on their CV without a badge. */
  claimed: string[];
  /** Which verified badge backs each code, a known issuer's when there is one (for ✓ explanations and application snapshots). */
  backing: Map<string, BackingBadge>;
};

/** The codes a seeker holds, as compared with job requirements. Failed, revoked and expired badges hold nothing. */
export async function loadSeekerCodes(db: Database, userId: string, now = new Date()): Promise<SeekerCodes> {
  const held = await db
    .select({
      id: badges.id,
      name: badges.achievementName,
      issuerName: badges.issuerName,
      registryName: knownIssuers.name,
      issuerKnown: badges.issuerKnown,
      state: badges.state,
      issuerId: badges.issuerId,
      achievementId: badges.achievementId,
      skillKeys: badges.skillKeys,
    })
    .from(badges)
    .leftJoin(knownIssuers, eq(knownIssuers.issuerId, badges.issuerId))
    .where(and(eq(badges.userId, userId), eq(badges.state, 'verified'), or(isNull(badges.expiresAt), gt(badges.expiresAt, now))));
  // Known issuers' badges first, so a code backed by both is explained by the known one.
  held.sort((a, b) => Number(b.issuerKnown) - Number(a.issuerKnown));
  const backing = new Map<string, BackingBadge>();
  for (const badge of held) {
    const info = {
      id: badge.id,
      name: badge.name,
      issuerName: badge.issuerKnown && badge.registryName ? badge.registryName : badge.issuerName,
      state: badge.state,
      issuerKnown: badge.issuerKnown,
    };
    const codes = [
      requirementCode('achievement', achievementKey(badge.issuerId, badge.achievementId)),
      ...(await expandConceptCodes(db, badge.skillKeys)).map((key) => requirementCode('skill', key)),
    ];
    for (const code of codes) if (!backing.has(code)) backing.set(code, info);
  }
  const [cv] = await db
    .select({ claimed: cvs.claimedSkills })
    .from(cvs)
    .where(sql`${cvs.userId} = ${userId}`);
  const claimed = cv?.claimed.length ? (await expandConceptCodes(db, cv.claimed)).map((key) => requirementCode('skill', key)) : [];
  const codes = [...backing.keys()];
  return { known: codes.filter((code) => backing.get(code)!.issuerKnown), verified: codes, claimed: claimed.filter((code) => !backing.has(code)), backing };
}
