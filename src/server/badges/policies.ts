import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';

/** Only the seeker who attached a badge may re-check or remove it. */
export function assertOwnsBadge(viewer: Viewer, badge: { userId: string }): void {
  if (badge.userId !== viewer.id) throw new AppError('not_found', 'This badge is not on your CV.');
}

/** What the database knows about this viewer and CV beyond the visibility setting. */
export type CvAccess = {
  /** The seeker applied to a role of one of the viewer's organisations (see `mayContact`): applying sent them the CV. */
  appliedToViewerOrg?: boolean;
};

/**
 * Who may see a CV (and its badges): public → anyone; employers → signed-in employers; hidden → only its owner.
 * Whatever the setting, an organisation the seeker applied to keeps seeing the CV they sent, until they withdraw.
 */
export function canViewCv(viewer: Viewer | null, cv: { userId: string; visibility: 'public' | 'employers' | 'hidden' }, access: CvAccess = {}): boolean {
  if (viewer && (viewer.id === cv.userId || viewer.isAdmin)) return true;
  if (cv.visibility === 'public') return true;
  if (viewer && viewer.orgs.length > 0 && access.appliedToViewerOrg) return true;
  if (cv.visibility === 'employers') return Boolean(viewer && viewer.orgs.length > 0);
  return false;
}

/** States a badge may be shown to others in: failed, revoked and expired badges are visible to their owner only. */
export const SHOWN_TO_OTHERS: ReadonlySet<string> = new Set(['verified', 'unverified']);

/**
 * Who may see a badge and its report: its owner and admins always; anyone else only when they may see the CV
 * and the badge is verified or still being checked. Everyone else is told it does not exist.
 */
export function canViewBadge(
  viewer: Viewer | null,
  cv: { userId: string; visibility: 'public' | 'employers' | 'hidden' },
  badge: { state: string },
  access: CvAccess = {},
): boolean {
  if (viewer && (viewer.id === cv.userId || viewer.isAdmin)) return true;
  return SHOWN_TO_OTHERS.has(badge.state) && canViewCv(viewer, cv, access);
}
