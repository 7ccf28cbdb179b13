import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';

/** The viewer's organisation (the first one; employers in several organisations pick per list later). */
export function employerOrg(viewer: Viewer): { id: string; name: string } {
  const org = viewer.orgs[0];
  if (!org) throw new AppError('auth:forbidden', 'Shortlists, notes and tags are for members of employer organisations.');
  return org;
}
