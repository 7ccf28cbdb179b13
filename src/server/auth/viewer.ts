import 'server-only';
import { sql } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { z } from 'zod';
import { getDb, queryRows, type Database } from '@/server/db/client';
import { authOptions } from './options';
import { recentViewers } from './recent-viewers';
import { isLastSeenStale, touchSession } from './sessions';

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

// The viewer's CV and memberships ride along in the same query as the account (and the session).
const viewerColumns = sql`u.id, u.email, u.name, u.email_verified_at, u.is_admin, c.id as cv_id,
  coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'role', m.role)) filter (where o.id is not null), '[]') as orgs`;
const viewerJoins = sql`left join cvs c on c.user_id = u.id
  left join memberships m on m.user_id = u.id
  left join organisations o on o.id = m.org_id`;

function toViewer(row: ViewerRow): Viewer {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified_at !== null,
    isAdmin: row.is_admin,
    cvId: row.cv_id,
    orgs: row.orgs,
  };
}

/** A person as a viewer, by user id alone — no session is checked. For tests and background work; requests use `getViewer`. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const [row] = await queryRows<ViewerRow>(await getDb(), sql`select ${viewerColumns} from users u ${viewerJoins} where u.id = ${userId} group by u.id, c.id`);
  return row ? toViewer(row) : null;
}

/** What the session cookie names: the person and their sign-in. */
export type SessionClaims = { userId: string; sessionId: string };

/**
 * The viewer of a session, in one query: null unless the session belongs to the person, is not revoked and has not
 * expired at `now`. Remembered for two seconds per session; `last_seen_at` moves at most every five minutes.
 */
export async function loadSessionViewer(db: Database, claims: SessionClaims, now = new Date()): Promise<Viewer | null> {
  const remembered = recentViewers.get(claims.sessionId, claims.userId, now.getTime());
  if (remembered !== undefined) return remembered;
  const ticket = recentViewers.ticket();
  const [row] = await queryRows<ViewerRow & { last_seen_at: Date | string; expires_at: Date | string }>(
    db,
    sql`select ${viewerColumns}, s.last_seen_at, s.expires_at
        from user_sessions s
        join users u on u.id = s.user_id
        ${viewerJoins}
        where s.id = ${claims.sessionId} and s.user_id = ${claims.userId}
          and s.revoked_at is null and s.expires_at > ${now.toISOString()}::timestamptz
        group by u.id, c.id, s.id`,
  );
  const viewer = row ? toViewer(row) : null;
  // A refusal is remembered too (briefly): a dead token that keeps calling costs one query per two seconds.
  recentViewers.set(
    claims.sessionId,
    { userId: claims.userId, viewer, at: now.getTime(), expiresAt: row ? new Date(row.expires_at).getTime() : Infinity },
    ticket,
  );
  if (row && isLastSeenStale(new Date(row.last_seen_at), now)) await touchSession(db, claims.sessionId, now);
  return viewer;
}

/** Forget a remembered viewer after a change to their roles or account (every session of theirs). */
export function forgetViewer(userId: string): void {
  recentViewers.forgetUser(userId);
}

const claimsSchema = z.object({ uid: z.uuid(), sid: z.uuid() });

/**
 * The claims in this request's session cookie, or null (none, tampered, expired JWT, or a token from before sessions
 * were recorded, which has no `sid`). Read through getServerSession with a session callback of our own, so the
 * session id stays on the server: the browser's `/api/auth/session` never shows it.
 */
async function readSessionClaims(): Promise<SessionClaims | null> {
  const options = authOptions();
  const session = await getServerSession({
    ...options,
    callbacks: { ...options.callbacks, session: ({ token }) => ({ uid: token.uid, sid: token.sid }) as never },
  });
  const parsed = claimsSchema.safeParse(session);
  return parsed.success ? { userId: parsed.data.uid, sessionId: parsed.data.sid } : null;
}

/** This request's viewer together with the session they came in on. */
export const getViewerSession = cache(async (): Promise<{ viewer: Viewer; sessionId: string } | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const viewer = await loadSessionViewer(await getDb(), claims);
  return viewer ? { viewer, sessionId: claims.sessionId } : null;
});

/** The viewer of this request, or null (no session, expired, revoked or tampered cookie, deleted account). */
export const getViewer = cache(async (): Promise<Viewer | null> => (await getViewerSession())?.viewer ?? null);
