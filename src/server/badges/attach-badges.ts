import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { CheckResult } from '@/lib/verification/model';
import type { Database } from '@/server/db/client';
import { badgeImages, badges, cvs } from '@/server/db/schema';
import { artworkPath, chooseArtwork, fetchArtwork } from './artwork';
import { AppError } from '@/server/errors';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { refuseOverlongBadgeText } from './badge-text-limits';
import { linkAlignments } from './link-alignments';
import { decodeCredentials, MAX_PARTS, type DecodedCredential } from './parse/decode-credential';
import { readBadgeInput, type BadgeInput } from './parse/read-badge-input';
import { loadSeekerIdentity } from './seeker-identity';
import { decisiveCheck } from '@/lib/verification/model';
import { dbIssuerRegistry } from '@/server/issuers/db-issuer-registry';
import { checkLearnerRecords } from './verify/verify-clr';
import { verifyCredential, type Verification } from './verify/verify-credential';

export type AttachedBadge = {
  id: string;
  name: string;
  issuerName: string;
  issuerKnown: boolean;
  state: Verification['report']['state'];
  failing: CheckResult | null;
};

export function credentialKeyOf(decoded: DecodedCredential, facts: Verification['facts']): string {
  return facts.credentialId ?? `sha256:${createHash('sha256').update(decoded.raw).digest('hex')}`;
}

/**
 * Reads what a wallet handed over (a presentation or a learner record may hold several), verifies each credential
 * and stores it with its report — whatever the verdict: a badge that fails is kept and shown with the failing check.
 * Input that is not a badge at all, a duplicate, or someone else's proven badge is refused and nothing is stored.
 */
export async function attachBadges(db: Database, seeker: { userId: string; cvId: string }, input: BadgeInput, now = new Date()): Promise<AttachedBadge[]> {
  const decodedList = await decodeCredentials(readBadgeInput(input));
  if (decodedList.length > MAX_PARTS)
    throw new AppError('input:too_large', `This upload holds more than ${MAX_PARTS} credentials. Export fewer badges at a time.`);
  const identity = await loadSeekerIdentity(db, seeker.userId);
  const registry = dbIssuerRegistry(db);
  // A learner record must verify as a whole before any of its parts is attached.
  await checkLearnerRecords(decodedList, { registry, now });
  const verified = await Promise.all(
    decodedList.map(async (decoded) => ({ decoded, verification: await verifyCredential(decoded, { seeker: identity, registry, now }) })),
  );
  for (const { decoded, verification } of verified) refuseOverlongBadgeText(decoded, verification.facts);
  // Artwork is kept and served by Badgeboard, never linked from the issuer's host: the baked picture, an image inside
  // the credential, or (fetched once, now) the achievement's image on the issuer's site.
  const artworks = await Promise.all(
    verified.map(async ({ verification }) => {
      const image = verification.facts.achievement.image;
      return chooseArtwork(input.kind === 'file' ? { bytes: input.bytes, single: decodedList.length === 1 } : null, image) ?? (await fetchArtwork(image));
    }),
  );

  return db.transaction(async (tx) => {
    const attached: AttachedBadge[] = [];
    for (const { decoded, verification } of verified) {
      const { facts, report, recipientBound } = verification;
      const credentialKey = credentialKeyOf(decoded, facts);
      const [mine] = await tx
        .select({ id: badges.id })
        .from(badges)
        .where(and(eq(badges.userId, seeker.userId), eq(badges.credentialKey, credentialKey)))
        .limit(1);
      if (mine) throw new AppError('conflict', `“${facts.achievement.name}” is already on your CV. Each badge can be attached once.`, { badgeId: mine.id });
      const [claimed] = await tx
        .select({ id: badges.id })
        .from(badges)
        .where(and(eq(badges.credentialKey, credentialKey), ne(badges.userId, seeker.userId), sql`${badges.recipientBound} is not null`))
        .limit(1);
      if (claimed) throw new AppError('conflict', `“${facts.achievement.name}” is already attached to another account that proved it was issued to them.`);
      const alignments = await linkAlignments(tx, facts.achievement.alignments);
      const badgeId = randomUUID();
      const artwork = artworks[verified.findIndex((entry) => entry.decoded === decoded)] ?? null;
      const [row] = await tx
        .insert(badges)
        .values({
          id: badgeId,
          cvId: seeker.cvId,
          userId: seeker.userId,
          format: facts.format,
          source: decoded.source,
          raw: decoded.raw,
          rawHash: createHash('sha256').update(decoded.raw).digest('hex'),
          credentialKey,
          achievementId: facts.achievement.id,
          achievementName: facts.achievement.name,
          description: facts.achievement.description,
          imageUrl: artwork ? artworkPath(badgeId) : null,
          criteria: facts.achievement.criteria,
          issuerId: facts.issuer.id,
          issuerName: facts.issuer.name,
          issuerKnown: report.issuer?.known ?? false,
          level: facts.achievement.level,
          alignments,
          skillKeys: [...new Set(alignments.map((a) => a.conceptKey).filter((key): key is string => Boolean(key)))],
          microCredential: facts.achievement.microCredential,
          issuedAt: parseDate(facts.issuedAt),
          expiresAt: parseDate(facts.expiresAt),
          state: report.state,
          report,
          recipientBound,
          checkedAt: new Date(report.checkedAt),
          verifiedAt: report.state === 'verified' ? new Date(report.checkedAt) : null,
        })
        .returning({ id: badges.id });
      if (artwork) await tx.insert(badgeImages).values({ badgeId, contentType: artwork.contentType, bytes: artwork.bytes });
      await tx
        .update(cvs)
        .set({ searchVersion: sql`${cvs.searchVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(cvs.id, seeker.cvId));
      const failing = decisiveCheck(report.checks);
      attached.push({
        id: row!.id,
        name: facts.achievement.name,
        issuerName: report.issuer?.knownName ?? facts.issuer.name,
        issuerKnown: report.issuer?.known ?? false,
        state: report.state,
        failing,
      });
    }
    await enqueueSearchSync(tx, 'candidate', [seeker.cvId]);
    return attached;
  });
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
