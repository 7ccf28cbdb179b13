import { getPublicCv } from '@/server/cv/get-public-cv';
import { getDb } from '@/server/db/client';
import { ogImage } from '@/server/sharing/og-card';

/**
 * The link preview of a public CV, as a signed-out reader sees it (see the badge page's preview for why): a CV for
 * employers only, or hidden, gets a card with no details.
 */
export async function cvPreviewImage(cvId: string) {
  const found = await getPublicCv(await getDb(), null, cvId);
  if (!found) return ogImage({ kind: 'nothing', line: 'A CV on Badgeboard' });
  const verified = found.badges.filter((badge) => badge.state === 'verified');
  return ogImage({
    kind: 'cv',
    name: found.ownerName,
    headline: found.cv.headline,
    verifiedCount: verified.length,
    badgeNames: verified.map((badge) => badge.achievementName),
  });
}
