import type { Viewer } from '@/server/auth/viewer';
import type { CheckResult } from '@/server/db/schema';
import { AppError } from '@/server/errors';

/** Only the seeker who attached a badge may re-check or remove it. */
export function assertOwnsBadge(viewer: Viewer, badge: { userId: string }): void {
  if (badge.userId !== viewer.id) throw new AppError('not_found', 'This badge is not on your CV.');
}

/** Who may see a CV (and its badges): public → anyone; employers → signed-in employers; hidden → only its owner. */
export function canViewCv(viewer: Viewer | null, cv: { userId: string; visibility: 'public' | 'employers' | 'hidden' }): boolean {
  if (viewer && (viewer.id === cv.userId || viewer.isAdmin)) return true;
  if (cv.visibility === 'public') return true;
  if (cv.visibility === 'employers') return Boolean(viewer && viewer.orgs.length > 0);
  return false;
}

const recipientForOthers: Record<CheckResult['status'], string> = {
  ok: 'Issued to this person: it matches an identity they have verified with Badgeboard.',
  failed: 'Issued to someone else: it does not match any identity this person has verified.',
  warning: 'The recipient could only partly be confirmed.',
  skipped: 'Not confirmed yet: this person has not verified the identity the badge was issued to.',
};

/**
 * The checks as someone other than the badge's owner may see them. The recipient check's reason names the
 * owner's email address, which stays private, so others get the same verdict in general words.
 */
export function checksForOthers(checks: CheckResult[]): CheckResult[] {
  return checks.map((c) => (c.check === 'recipient' ? { ...c, reason: recipientForOthers[c.status] } : c));
}
