import 'server-only';
import { eq } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { badgeImages } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { cvAccessFor } from '@/server/orgs/candidate-access';
import { canViewSharedBadge } from '@/server/sharing/badge-share-policy';
import { canViewBadge } from './policies';
import { getBadgeWithCv } from './queries';

/** A badge's artwork for whoever may see the badge: on its CV (owner, employers, applicants' employers) or on its public page. */
export async function artworkForViewer(db: Database, viewer: Viewer | null, badgeId: string): Promise<{ contentType: string; bytes: Buffer }> {
  const found = await getBadgeWithCv(db, badgeId);
  const allowed =
    found &&
    (canViewSharedBadge(viewer, found.cv, found.badge) || canViewBadge(viewer, found.cv, found.badge, await cvAccessFor(db, viewer, found.cv.id, found.cv)));
  const [image] = allowed ? await db.select().from(badgeImages).where(eq(badgeImages.badgeId, badgeId)) : [];
  if (!image) throw new AppError('not_found', 'There is no image for this badge, or the badge is not shown to you.');
  return { contentType: image.contentType, bytes: image.bytes };
}

/** The artwork as a data: URI, for pictures drawn on the server (link previews), which cannot fetch our own routes. */
export async function artworkDataUri(db: Database, badgeId: string): Promise<string | null> {
  const [image] = await db.select().from(badgeImages).where(eq(badgeImages.badgeId, badgeId));
  return image ? `data:${image.contentType};base64,${image.bytes.toString('base64')}` : null;
}
