import 'server-only';
import { sql } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb, queryRows } from '@/server/db/client';
import { authOptions } from './options';

export type Role = 'seeker' | 'employer' | 'admin';

/** The signed-in person and what they may act as; roles come from the database on every request. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  isAdmin: boolean;
  cvId: string | null;
  orgs: { id: string; name: string; slug: string; role: 'owner' | 'member' }[];
};

export function hasRole(viewer: Viewer, role: Role): boolean {
  if (role === 'admin') return viewer.isAdmin;
  if (role === 'seeker') return viewer.cvId !== null;
  return viewer.orgs.length > 0;
}

type ViewerRow = { id: string; email: string; name: string; email_verified_at: string | null; is_admin: boolean; cv_id: string | null; orgs: Viewer['orgs'] };

/** Recently loaded viewers: every request checks its viewer, and a two-second memory spares the database. */
const recent = new Map<string, { at: number; viewer: Viewer | null }>();
const RECENT_MS = 2_000;

/** The viewer with their CV and memberships, in one query. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const hit = recent.get(userId);
  if (hit && Date.now() - hit.at < RECENT_MS) return hit.viewer;
  const db = await getDb();
  const [row] = await queryRows<ViewerRow>(
    db,
    sql`select u.id, u.email, u.name, u.email_verified_at, u.is_admin, c.id as cv_id,
          coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'role', m.role)) filter (where o.id is not null), '[]') as orgs
        from users u
        left join cvs c on c.user_id = u.id
        left join memberships m on m.user_id = u.id
        left join organisations o on o.id = m.org_id
        where u.id = ${userId}
        group by u.id, c.id`,
  );
  const viewer = row
    ? { id: row.id, email: row.email, name: row.name, emailVerified: row.email_verified_at !== null, isAdmin: row.is_admin, cvId: row.cv_id, orgs: row.orgs }
    : null;
  if (recent.size > 5_000) recent.clear();
  recent.set(userId, { at: Date.now(), viewer });
  return viewer;
}

/** Forget a cached viewer after a change to their roles or account (tests, sign-up). */
export function forgetViewer(userId: string): void {
  recent.delete(userId);
}

/** The viewer of this request, or null (no session, expired or tampered cookie, deleted account). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? loadViewer(id) : null;
});
