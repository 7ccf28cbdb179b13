import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { memberships, notifications } from '@/server/db/schema';

type Notice = { kind: 'new_applicant' | 'matching_role' | 'stage_changed'; title: string; body?: string; link: string };

export async function notifyUsers(tx: Database | Tx, userIds: string[], notice: Notice): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, kind: notice.kind, title: notice.title, body: notice.body ?? '', link: notice.link })));
}

export async function notifyOrgMembers(tx: Database | Tx, orgId: string, notice: Notice): Promise<void> {
  const members = await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, orgId));
  await notifyUsers(
    tx,
    members.map((member) => member.userId),
    notice,
  );
}

export async function listNotifications(db: Database, userId: string, limit = 50) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
}

export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markAllRead(db: Database, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
