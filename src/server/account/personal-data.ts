import 'server-only';
import { eq } from 'drizzle-orm';
import { recentViewers } from '@/server/auth/recent-viewers';
import type { Database } from '@/server/db/client';
import { applications, badges, cvs, memberships, notifications, outgoingMail, seekerIdentities, users, userSessions } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { leaveOrganisations, type LeftOrganisation } from '@/server/orgs/leave-organisations';
import { enqueueSearchSync } from '@/server/search/sync/outbox';

/** Everything Badgeboard holds about a person, as JSON (the raw credentials included, verbatim). */
export async function exportPersonalData(db: Database, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, emailVerifiedAt: users.emailVerifiedAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    identities: await db.select().from(seekerIdentities).where(eq(seekerIdentities.userId, userId)),
    memberships: await db.select().from(memberships).where(eq(memberships.userId, userId)),
    cv: (await db.select().from(cvs).where(eq(cvs.userId, userId)))[0] ?? null,
    badges: await db.select().from(badges).where(eq(badges.userId, userId)),
    applications: await db.select().from(applications).where(eq(applications.userId, userId)),
    notifications: await db.select().from(notifications).where(eq(notifications.userId, userId)),
    mail: await db.select().from(outgoingMail).where(eq(outgoingMail.userId, userId)),
    // The session ids stay out: they are what a cookie names.
    sessions: await db
      .select({
        createdAt: userSessions.createdAt,
        lastSeenAt: userSessions.lastSeenAt,
        expiresAt: userSessions.expiresAt,
        revokedAt: userSessions.revokedAt,
        userAgent: userSessions.userAgent,
      })
      .from(userSessions)
      .where(eq(userSessions.userId, userId)),
  };
}

/**
 * Deletes the account and everything hanging off it; the CV leaves the search index through the outbox. An
 * organisation the person was the last member of is not left ownerless: its published roles close (see
 * `leaveOrganisations`), and it is removed or kept closed. Says which organisations that was.
 */
export async function deleteAccount(db: Database, userId: string): Promise<{ organisations: LeftOrganisation[] }> {
  const left = await db.transaction(async (tx) => {
    const [cv] = await tx.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, userId));
    const organisations = await leaveOrganisations(tx, userId);
    const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    if (deleted.length === 0) throw new AppError('not_found', 'This account no longer exists.');
    if (cv) await enqueueSearchSync(tx, 'candidate', [cv.id]);
    return organisations;
  });
  // The cascade removed the sessions; this process must not keep admitting them from memory.
  recentViewers.forgetUser(userId);
  return { organisations: left };
}
