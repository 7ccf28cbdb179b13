import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';

/** Only the seeker who owns a CV may change it. */
export function assertCanEditCv(viewer: Viewer, cvId: string): void {
  if (viewer.cvId !== cvId) throw new AppError('auth:forbidden', 'You can only change your own CV.');
}

/** Which CV visibilities a viewer may find in candidate search (hidden CVs are not indexed at all). */
export function searchableVisibilities(viewer: Viewer | null): ('public' | 'employers')[] {
  if (!viewer) return [];
  if (viewer.orgs.length > 0 || viewer.isAdmin) return ['public', 'employers'];
  return [];
}
