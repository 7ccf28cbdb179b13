import 'server-only';
import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '@/server/db/client';
import { cvs, memberships, organisations, users } from '@/server/db/schema';
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

export async function loadViewer(userId: string): Promise<Viewer | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const [cv] = await db.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, userId)).limit(1);
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    isAdmin: user.isAdmin,
    cvId: cv?.id ?? null,
    orgs,
  };
}

/** The viewer of this request, or null (no session, expired or tampered cookie, deleted account). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? loadViewer(id) : null;
});
