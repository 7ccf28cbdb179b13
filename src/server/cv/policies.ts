import 'server-only';
import type { Viewer } from '@/server/auth/viewer';

/** Which CV visibilities a viewer may find in candidate search (hidden CVs are not indexed at all). */
export function searchableVisibilities(viewer: Viewer | null): ('public' | 'employers')[] {
  if (!viewer) return [];
  if (viewer.orgs.length > 0 || viewer.isAdmin) return ['public', 'employers'];
  return [];
}
