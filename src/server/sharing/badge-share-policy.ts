import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { canViewCv } from '@/server/badges/policies';

export type ShareVisibility = 'default' | 'public' | 'private';
type CvVisibility = 'public' | 'employers' | 'hidden';

/** Who a badge's public page is for: the seeker's choice, or (by default) whoever may see the CV. */
export function effectiveShareVisibility(badge: { shareVisibility: ShareVisibility }, cv: { visibility: CvVisibility }): CvVisibility {
  if (badge.shareVisibility === 'public') return 'public';
  if (badge.shareVisibility === 'private') return 'hidden';
  return cv.visibility;
}

/**
 * May this viewer (null = signed out) open the badge's public page (/b/{id})? Its owner and admins always; others when
 * the page is shared with them and the badge verified at least once. The page then shows its state as it is now, so a
 * link on LinkedIn to a badge revoked since says "revoked", not "verified" (and never 404s a reader into doubt).
 */
export function canViewSharedBadge(
  viewer: Viewer | null,
  cv: { userId: string; visibility: CvVisibility },
  badge: { shareVisibility: ShareVisibility; verifiedAt: Date | null },
): boolean {
  if (viewer && (viewer.id === cv.userId || viewer.isAdmin)) return true;
  if (!badge.verifiedAt) return false;
  return canViewCv(viewer, { userId: cv.userId, visibility: effectiveShareVisibility(badge, cv) });
}

/** Listed in the embeddable badge section (no cookies: a signed-out reader): verified now and shared publicly. */
export function listedInEmbed(cv: { visibility: CvVisibility }, badge: { shareVisibility: ShareVisibility; state: string }): boolean {
  return badge.state === 'verified' && effectiveShareVisibility(badge, cv) === 'public';
}
