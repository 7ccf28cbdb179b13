import 'server-only';
import { count, min, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { outbox } from '@/server/db/schema';

export type SyncTopic = 'candidate' | 'job';

/** Call inside the transaction that changes what search shows. */
export async function enqueueSearchSync(tx: Database | Tx, topic: SyncTopic, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.insert(outbox).values(entityIds.map((entityId) => ({ topic, entityId })));
}

export type OutboxLag = { pending: number; oldestSeconds: number };

export async function outboxLag(db: Database): Promise<OutboxLag> {
  const [row] = await db.select({ pending: count(), oldest: min(outbox.createdAt), now: sql<string>`now()` }).from(outbox);
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : null;
  const now = row?.now ? new Date(row.now).getTime() : Date.now();
  return { pending: Number(row?.pending ?? 0), oldestSeconds: oldest ? Math.max(0, (now - oldest) / 1000) : 0 };
}

export async function hasPendingSync(db: Database, topic: SyncTopic, entityId: string): Promise<boolean> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(sql`${outbox.topic} = ${topic} and ${outbox.entityId} = ${entityId}`)
    .limit(1);
  return rows.length > 0;
}
