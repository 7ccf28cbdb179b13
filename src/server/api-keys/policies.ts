import 'server-only';
import type { Viewer } from '@/server/auth/viewer';

/** The viewer's role in an organisation, or null when they are not a member. */
function roleIn(viewer: Viewer, orgId: string): 'owner' | 'member' | null {
  return viewer.orgs.find((org) => org.id === orgId)?.role ?? null;
}

/** Any member may see the organisation's keys (names, scopes, usage; never a secret). */
export function canListApiKeys(viewer: Viewer, orgId: string): boolean {
  return roleIn(viewer, orgId) !== null;
}

/** Only an owner may create or revoke keys: a key acts for the whole organisation. */
export function canManageApiKeys(viewer: Viewer, orgId: string): boolean {
  return roleIn(viewer, orgId) === 'owner';
}
