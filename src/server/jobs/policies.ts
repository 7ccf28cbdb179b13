import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';

/** Only members of the organisation that owns a role may change it or see its applicants. */
export function assertMemberOf(viewer: Viewer, orgId: string): void {
  if (!viewer.orgs.some((org) => org.id === orgId) && !viewer.isAdmin) {
    throw new AppError('not_found', 'This role does not exist, or it belongs to another organisation.');
  }
}

/** Published roles are public; drafts and closed roles only to their organisation. */
export function canViewJob(viewer: Viewer | null, job: { orgId: string; status: 'draft' | 'published' | 'closed' }): boolean {
  if (job.status === 'published') return true;
  return Boolean(viewer && (viewer.isAdmin || viewer.orgs.some((org) => org.id === job.orgId)));
}
