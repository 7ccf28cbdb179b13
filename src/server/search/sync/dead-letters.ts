import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { outboxDeadLetters } from '@/server/db/schema';
import { enqueueSearchSync, type SyncTopic } from './outbox';

export type DeadLetter = typeof outboxDeadLetters.$inferSelect;

/** The most recently refused entities first (for the admin page). Errors are Elasticsearch's text: admins only. */
export async function listDeadLetters(db: Database, options: { limit?: number } = {}): Promise<DeadLetter[]> {
  return db
    .select()
    .from(outboxDeadLetters)
    .orderBy(desc(outboxDeadLetters.lastSeenAt), desc(outboxDeadLetters.id))
    .limit(Math.min(Math.max(options.limit ?? 100, 1), 1000));
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
