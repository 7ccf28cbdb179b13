import 'server-only';
import { and, desc, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { userSessions } from '@/server/db/schema';
import { recentViewers } from './recent-viewers';

/** How long a sign-in lasts: the session row and the next-auth JWT end together. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** `last_seen_at` is a hint for the account page, not an audit log: one write per five minutes is plenty. */
export const LAST_SEEN_INTERVAL_MS = 5 * 60_000;
const USER_AGENT_MAX = 200;

export type SessionSummary = { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string | null };

/** The browser's description of itself, bounded; nothing when it sent none. */
export function boundedUserAgent(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Control characters have no business in a label shown back to the person.
  const clean = raw.replace(/\p{Cc}/gu, ' ').trim();
  return clean ? clean.slice(0, USER_AGENT_MAX) : null;
}

export function isLastSeenStale(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_INTERVAL_MS;
}

/** Records a sign-in; the returned id goes into the token as `sid`. */
export async function startSession(db: Database | Tx, userId: string, options: { userAgent?: unknown; now?: Date } = {}): Promise<string> {
  const now = options.now ?? new Date();
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: boundedUserAgent(options.userAgent),
    })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Moves `last_seen_at` forward, unless another request already did within the interval (no write then). */
export async function touchSession(db: Database | Tx, sessionId: string, now = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - LAST_SEEN_INTERVAL_MS);
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, staleBefore)));
}

/** Ends one session (sign-out). Ending an ended session changes nothing. */
export async function revokeSession(db: Database | Tx, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
  recentViewers.forgetSession(sessionId);
}

/**
 * Ends every live session of the person ("sign out everywhere"), or every one but `except` (the device in hand, after
 * a password change or "sign out of other devices"). Returns how many ended. Inside a transaction, call
 * `recentViewers.forgetUser` again after the commit: a request in between could have remembered the old state.
 */
export async function revokeUserSessions(db: Database | Tx, userId: string, options: { except?: string; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const ended = await db
    .update(userSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
        options.except ? ne(userSessions.id, options.except) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  recentViewers.forgetUser(userId);
  return ended.length;
}

/** The person's sessions that still let someone in, most recently used first. */
export async function listLiveSessions(db: Database | Tx, userId: string, now = new Date()): Promise<SessionSummary[]> {
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      expiresAt: userSessions.expiresAt,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, now)))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
}
