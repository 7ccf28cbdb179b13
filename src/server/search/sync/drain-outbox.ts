import { asc, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { outbox } from '@/server/db/schema';
import type { SearchHandle } from '../client';
import { bulkWrite } from './bulk-write';
import { familyIndices } from './index-admin';
import type { SyncTopic } from './outbox';
import { syncTopics } from './topics';

export type DrainResult = { processed: number; failed: number; error?: string };

/** A row that failed waits 1, 2, 4 … seconds before its next try, never longer than this. */
export const RETRY_CAP_SECONDS = 30;

/**
 * Takes one batch of due outbox rows (FOR UPDATE SKIP LOCKED: several drainers can run at once),
 * writes the current state of their entities to Elasticsearch, and deletes the rows only after
 * Elasticsearch acknowledged. On failure the rows stay, with a later `available_at`.
 */
export async function drainOutboxOnce(db: Database, search: SearchHandle, options: { batchSize?: number } = {}): Promise<DrainResult> {
  const batchSize = options.batchSize ?? 500;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: outbox.id, topic: outbox.topic, entityId: outbox.entityId })
      .from(outbox)
      .where(lte(outbox.availableAt, sql`now()`))
      .orderBy(asc(outbox.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return { processed: 0, failed: 0 };

    try {
      const byTopic = new Map<SyncTopic, Set<string>>();
      for (const row of rows) {
        const topic = row.topic as SyncTopic;
        if (!(topic in syncTopics)) throw new Error(`Unknown outbox topic "${row.topic}"`);
        let ids = byTopic.get(topic);
        if (!ids) byTopic.set(topic, (ids = new Set()));
        ids.add(row.entityId);
      }
      for (const [topic, ids] of byTopic) {
        const { index, load } = syncTopics[topic];
        const states = await load(tx, [...ids]);
        const targets = await familyIndices(search, index);
        if (targets.length === 0) throw new Error(`The ${index} index does not exist yet`);
        await bulkWrite(search, targets, states);
      }
      await tx.delete(outbox).where(inArray(outbox.id, rows.map((row) => row.id)));
      return { processed: rows.length, failed: 0 };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // One statement for the whole batch; the delay doubles per attempt up to RETRY_CAP_SECONDS.
      await tx
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: message.slice(0, 1000),
          availableAt: sql`now() + make_interval(secs => least(${RETRY_CAP_SECONDS}, power(2, ${outbox.attempts})))`,
        })
        .where(inArray(outbox.id, rows.map((row) => row.id)));
      return { processed: 0, failed: rows.length, error: message };
    }
  });
}
