import 'server-only';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { verificationLevel } from '@/lib/verification/model';
import type { Viewer } from '@/server/auth/viewer';
import { badgeResponse } from '@/server/badges/badge-response';
import { canViewCv } from '@/server/badges/policies';
import { getBadgeWithCv } from '@/server/badges/queries';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import type { Database } from '@/server/db/client';
import { badges, cvs, seekerIdentities, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { canViewSharedBadge, effectiveShareVisibility, listedInEmbed, type ShareVisibility } from './badge-share-policy';
import { buildJsonResume, buildPresentation, credentialDownload, type ExportBadge } from './export-builders';
import { issuerDisplayName } from './linkedin-url';

export type SharedBadge = NonNullable<Awaited<ReturnType<typeof getBadgeWithCv>>>;

/** The public page of a badge, if this viewer (null = signed out) may open it (see `canViewSharedBadge`); else null. */
export async function findSharedBadge(db: Database, viewer: Viewer | null, badgeId: string): Promise<SharedBadge | null> {
  if (!z.uuid().safeParse(badgeId).success) return null;
  const found = await getBadgeWithCv(db, badgeId);
  if (!found || !canViewSharedBadge(viewer, found.cv, found.badge)) return null;
  return found;
}

/** As `findSharedBadge`, for the API: a badge this viewer may not open does not exist for them. */
async function sharedBadgeOrNotFound(db: Database, viewer: Viewer | null, badgeId: string): Promise<SharedBadge> {
  const found = await findSharedBadge(db, viewer, badgeId);
  if (!found) throw new AppError('not_found', 'There is no shared badge with this id. Ask its holder for the link to its page.');
  return found;
}

/** Badge images shown on shared surfaces: artwork Badgeboard serves itself, never a fetch from the issuer's host. */
export function embeddedImage(imageUrl: string | null): string | null {
  return imageUrl && /^\/api\/v1\/badges\/[0-9a-f-]{36}\/image$/.test(imageUrl) ? imageUrl : null;
}

/**
 * "Verify now" by anyone who may open the page: every check again (see `reverifyBadge`), then the badge as this
 * viewer may see it — the owner with their own reasons, everyone else with the reasons meant for others.
 */
export async function verifySharedBadge(db: Database, viewer: Viewer | null, badgeId: string) {
  await sharedBadgeOrNotFound(db, viewer, badgeId);
  const result = await reverifyBadge(db, badgeId);
  const fresh = await getBadgeWithCv(db, badgeId);
  if (!fresh) throw new AppError('not_found', 'This badge was removed from its CV while it was being checked.');
  const { raw: _raw, ...row } = fresh.badge;
  return { ...result, ...badgeResponse(row, viewer?.id === row.userId ? 'owner' : 'others') };
}

/** The credential exactly as its holder attached it, for anyone who may open the page. */
export async function sharedBadgeCredential(db: Database, viewer: Viewer | null, badgeId: string) {
  const { badge } = await sharedBadgeOrNotFound(db, viewer, badgeId);
  return credentialDownload(badge);
}

/** The owner's choice of who may open a badge's public page. */
export async function setShareVisibility(db: Database, viewer: Viewer, badgeId: string, visibility: ShareVisibility): Promise<void> {
  const updated = await db
    .update(badges)
    .set({ shareVisibility: visibility })
    .where(and(eq(badges.id, badgeId), eq(badges.userId, viewer.id)))
    .returning({ id: badges.id });
  if (updated.length === 0) throw new AppError('not_found', 'This badge is not on your CV.');
}

/**
 * What the embeddable badge section shows (read with no cookies: as anyone would): the CV's badges that are verified
 * now and shared publicly (`listedInEmbed`), not past an expiry date the next daily check has yet to catch. Null when
 * there is no such CV. The holder's name only comes with at least one badge: an empty section names nobody.
 */
export async function embeddableBadges(db: Database, cvId: string, baseUrl: string, now = new Date()) {
  const [cv] = await db
    .select({ id: cvs.id, userId: cvs.userId, visibility: cvs.visibility, holderName: users.name })
    .from(cvs)
    .innerJoin(users, eq(users.id, cvs.userId))
    .where(eq(cvs.id, cvId))
    .limit(1);
  if (!cv) return null;
  const rows = await db.select().from(badges).where(eq(badges.cvId, cvId)).orderBy(desc(badges.issuedAt), asc(badges.createdAt));
  const listed = rows.filter((badge) => listedInEmbed(cv, badge) && !(badge.expiresAt && badge.expiresAt <= now));
  return {
    holderName: listed.length > 0 ? cv.holderName : null,
    cvUrl: listed.length > 0 && canViewCv(null, cv) ? `${baseUrl}/p/${cv.id}` : null,
    badges: listed.map((badge) => {
      const issuer = issuerDisplayName(badge);
      return {
        id: badge.id,
        name: badge.achievementName,
        issuer: { id: badge.issuerId, name: issuer.name, known: issuer.known },
        state: badge.state,
        level: verificationLevel(badge.report),
        issuedAt: badge.issuedAt?.toISOString() ?? null,
        expiresAt: badge.expiresAt?.toISOString() ?? null,
        checkedAt: badge.checkedAt.toISOString(),
        image: embeddedImage(badge.imageUrl) ? `${baseUrl}${badge.imageUrl}` : null,
        url: `${baseUrl}/b/${badge.id}`,
      };
    }),
  };
}

async function ownBadgesForExport(db: Database, userId: string): Promise<(ExportBadge & { shareVisibility: ShareVisibility; verifiedAt: Date | null })[]> {
  return db
    .select({
      id: badges.id,
      format: badges.format,
      raw: badges.raw,
      achievementName: badges.achievementName,
      issuerId: badges.issuerId,
      issuerName: badges.issuerName,
      state: badges.state,
      issuedAt: badges.issuedAt,
      checkedAt: badges.checkedAt,
      report: badges.report,
      shareVisibility: badges.shareVisibility,
      verifiedAt: badges.verifiedAt,
    })
    .from(badges)
    .where(eq(badges.userId, userId))
    .orderBy(asc(badges.createdAt));
}

/** The DID this seeker proved to us most recently (a signed presentation for one of our challenges), if any. */
export async function provenHolderDid(db: Database, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ value: seekerIdentities.value })
    .from(seekerIdentities)
    .where(and(eq(seekerIdentities.userId, userId), eq(seekerIdentities.type, 'did'), isNotNull(seekerIdentities.verifiedAt)))
    .orderBy(desc(seekerIdentities.verifiedAt))
    .limit(1);
  return row?.value ?? null;
}

/** All my badges as one unsigned Verifiable Presentation (see `buildPresentation`). */
export async function myBadgesPresentation(db: Database, viewer: Viewer) {
  return buildPresentation(await ownBadgesForExport(db, viewer.id), await provenHolderDid(db, viewer.id));
}

/** My CV's heading and verified badges as a JSON Resume; badge pages others cannot open get no `url`. */
export async function myBadgesJsonResume(db: Database, viewer: Viewer, baseUrl: string, now = new Date()) {
  const [cv] = await db
    .select({ headline: cvs.headline, summary: cvs.summary, location: cvs.location, visibility: cvs.visibility })
    .from(cvs)
    .where(eq(cvs.userId, viewer.id))
    .limit(1);
  const visibility = cv?.visibility ?? 'hidden';
  return buildJsonResume({
    basics: { name: viewer.name, headline: cv?.headline || null, summary: cv?.summary || null, location: cv?.location || null },
    badges: await ownBadgesForExport(db, viewer.id),
    pageUrl: (badge) => (badge.verifiedAt && effectiveShareVisibility(badge, { visibility }) !== 'hidden' ? `${baseUrl}/b/${badge.id}` : null),
    now,
  });
}
