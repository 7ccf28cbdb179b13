import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import { listCvBadges, skillLabels } from '@/server/badges/queries';
import type { Database } from '@/server/db/client';
import { cvs, users } from '@/server/db/schema';
import { canViewCv } from '@/server/badges/policies';
import { mayViewCv } from '@/server/orgs/candidate-access';

/** A CV as others see it (its owner's name, its badges and their skill labels), or null when this viewer may not see it (see `mayViewCv`). */
export async function getPublicCv(db: Database, viewer: Viewer | null, cvId: string) {
  if (!z.uuid().safeParse(cvId).success) return null;
  const [row] = await db
    .select({
      cv: { id: cvs.id, userId: cvs.userId, visibility: cvs.visibility, headline: cvs.headline, summary: cvs.summary, location: cvs.location },
      ownerName: users.name,
    })
    .from(cvs)
    .innerJoin(users, eq(users.id, cvs.userId))
    .where(eq(cvs.id, cvId))
    .limit(1);
  // Beyond the visibility setting: an organisation the seeker applied to sees the CV they sent.
  if (!row || !(await mayViewCv(db, viewer, cvId, row.cv))) return null;
  /** Seen only because the seeker applied to the viewer's organisation (the page says so: the setting alone would hide it). */
  const sharedByApplication = !canViewCv(viewer, row.cv);
  const badges = await listCvBadges(db, cvId);
  const labels = await skillLabels(
    db,
    badges.flatMap((badge) => badge.skillKeys),
  );
  return { ...row, badges, labels, sharedByApplication };
}
