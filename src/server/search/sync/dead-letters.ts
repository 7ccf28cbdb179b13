import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/server/db/client';
import { cvs, jobs, outbox, outboxDeadLetters, users } from '@/server/db/schema';
import { enqueueSearchSync, type SyncTopic } from './outbox';

export type DeadLetter = typeof outboxDeadLetters.$inferSelect;
/** A dead letter with what its entity is called now (a CV by its owner's name, a role by its title); null once it is gone. */
export type DeadLetterView = DeadLetter & { entityLabel: string | null };

/** The most recently refused entities first (for the admin page). Errors are Elasticsearch's text: admins only. */
export async function listDeadLetters(db: Database, options: { limit?: number } = {}): Promise<DeadLetterView[]> {
  const rows = await db
    .select({ letter: outboxDeadLetters, personName: users.name, jobTitle: jobs.title })
    .from(outboxDeadLetters)
    .leftJoin(cvs, and(eq(outboxDeadLetters.topic, 'candidate'), eq(cvs.id, outboxDeadLetters.entityId)))
    .leftJoin(users, eq(users.id, cvs.userId))
    .leftJoin(jobs, and(eq(outboxDeadLetters.topic, 'job'), eq(jobs.id, outboxDeadLetters.entityId)))
    .orderBy(desc(outboxDeadLetters.lastSeenAt), desc(outboxDeadLetters.id))
    .limit(Math.min(Math.max(options.limit ?? 100, 1), 1000));
  return rows.map((row) => ({ ...row.letter, entityLabel: row.personName ?? row.jobTitle ?? null }));
}

/** How many entities are stuck, for `/api/health` (a count is safe to show anyone). */
export async function countDeadLetters(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(outboxDeadLetters);
  return Number(row?.n ?? 0);
}

/**
 * Puts a dead-lettered entity back in the outbox with a fresh attempt count, in one transaction, so it is
 * either waiting in the outbox or still a dead letter, never lost. False when there is no such dead letter.
 */
export async function retryDeadLetter(db: Database, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(outboxDeadLetters).where(eq(outboxDeadLetters.id, id)).returning();
    if (!row) return false;
    await enqueueSearchSync(tx, row.topic as SyncTopic, [row.entityId]);
    return true;
  });
}

/**
 * Puts every dead letter back in the outbox (fresh attempts), as one statement: each is moved exactly once even with
 * thousands of them or two admins pressing at once. How many were moved.
 */
export async function retryAllDeadLetters(db: Database): Promise<number> {
  const moved = await queryRows<{ id: number }>(
    db,
    sql`with moved as (delete from ${outboxDeadLetters} returning topic, entity_id)
        insert into ${outbox} (topic, entity_id) select topic, entity_id from moved returning id`,
  );
  return moved.length;
}
