import { hasRole, type Viewer } from '@/server/auth/viewer';

/** Where a signed-in person starts: seekers at their CV, employers at candidate search. */
export function homePathFor(viewer: Viewer): string {
  if (hasRole(viewer, 'seeker')) return '/cv';
  if (hasRole(viewer, 'employer')) return '/candidates';
  return '/';
}
