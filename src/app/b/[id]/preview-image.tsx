import { artworkDataUri } from '@/server/badges/badge-artwork';
import { getDb } from '@/server/db/client';
import { drawableImage, ogImage } from '@/server/sharing/og-card';
import { embeddedImage, findSharedBadge } from '@/server/sharing/shared-badges';
import { issuerDisplayName } from '@/server/sharing/linkedin-url';

/**
 * The link preview of a public badge page, as a signed-out reader would see the page: a crawler has no session, and a
 * preview cached by another site must never show what only its owner or an employer may see. A badge not shared with
 * everyone gets a card with no details.
 */
export async function badgePreviewImage(id: string) {
  const found = await findSharedBadge(await getDb(), null, id);
  if (!found) return ogImage({ kind: 'nothing', line: 'A badge on Badgeboard' });
  const { badge, ownerName } = found;
  const issuer = issuerDisplayName(badge);
  return ogImage({
    kind: 'badge',
    name: badge.achievementName,
    issuerName: issuer.name,
    issuerKnown: issuer.known,
    state: badge.state,
    holderName: ownerName,
    issued: badge.issuedAt,
    image: drawableImage(embeddedImage(badge.imageUrl) ? await artworkDataUri(await getDb(), badge.id) : null),
  });
}
