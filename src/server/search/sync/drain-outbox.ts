import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { SyncState } from '@/server/cv/candidate-document';
import type { Database, Tx } from '@/server/db/client';
import { outbox, outboxDeadLetters } from '@/server/db/schema';
import type { SearchHandle } from '../client';
import { bulkWriteEach, type ItemOutcome } from './bulk-write';
import { familyIndices } from './index-admin';
import type { SyncTopic } from './outbox';
import { syncTopics, type Topic } from './topics';

export type DrainResult = {
  /** Rows acknowledged by Elasticsearch and removed. */
  processed: number;
  /** Rows kept for a later try (their own error, attempt count and delay). */
  failed: number;
  /** Rows moved to the dead-letter table after MAX_ATTEMPTS refusals. */
  deadLettered: number;
  /** Elasticsearch (or loading) failed as a whole, not one document: the drainer should back off. */
  stalled: boolean;
  error?: string;
};

/** A row that failed waits 1, 2, 4 … seconds before its next try, never longer than this. */
export const RETRY_CAP_SECONDS = 30;
/** After this many refusals of its document a row goes to the dead letters (1 + 2 + 4 + 8 s of retries first). */
export const MAX_ATTEMPTS = 5;

type Row = { id: number; topic: string; entityId: string; attempts: number; createdAt: Date };

/** Loads states for the ids; a load that throws (one entity's data breaks the builder) is retried entity by entity. */
async function loadStates(tx: Tx, topic: Topic, ids: string[]) {
  const states = new Map<string, SyncState<unknown>>();
  const failed = new Map<string, string>();
  const attempt = (list: string[]) => tx.transaction((savepoint) => topic.load(savepoint as unknown as Tx, list));
  try {
    for (const [id, state] of await attempt(ids)) states.set(id, state);
  } catch (error) {
    if (ids.length === 1) failed.set(ids[0]!, messageOf(error));
    else {
      for (const id of ids) {
        try {
          for (const [key, state] of await attempt([id])) states.set(key, state);
        } catch (inner) {
          failed.set(id, messageOf(inner));
        }
      }
      // Every entity failing alone too is not one bad row but a broken loader or database: wait, do not dead-letter.
      if (failed.size === ids.length) throw error;
    }
  }
  return { states, failed };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** Outcome per entity id of one topic's rows: write what loaded, refuse what did not. */
async function syncTopic(tx: Tx, search: SearchHandle, topic: Topic, ids: string[]): Promise<Map<string, ItemOutcome>> {
  const outcomes = new Map<string, ItemOutcome>();
  try {
    const targets = await familyIndices(search, topic.index);
    if (targets.length === 0) throw new Error(`The ${topic.index} index does not exist yet`);
    const { states, failed } = await loadStates(tx, topic, ids);
    for (const [id, error] of failed) outcomes.set(id, { kind: 'rejected', error: `could not build the document: ${error}` });
    for (const [id, outcome] of await bulkWriteEach(search, targets, states)) outcomes.set(id, outcome);
  } catch (error) {
    for (const id of ids) if (!outcomes.has(id)) outcomes.set(id, { kind: 'retry', error: messageOf(error) });
  }
  return outcomes;
}

/** Moves refused rows to the dead letters (one per entity, merged with an earlier one) and out of the outbox. */
async function deadLetter(tx: Tx, rows: { row: Row; error: string }[]): Promise<void> {
  const byEntity = new Map<string, { row: Row; error: string; attempts: number; firstSeen: Date }>();
  for (const item of rows) {
    const key = `${item.row.topic} ${item.row.entityId}`;
    const seen = byEntity.get(key);
    const attempts = Math.max(item.row.attempts + 1, seen?.attempts ?? 0);
    const firstSeen = seen && seen.firstSeen < item.row.createdAt ? seen.firstSeen : item.row.createdAt;
    byEntity.set(key, { ...item, attempts, firstSeen });
  }
  await tx
    .insert(outboxDeadLetters)
    .values(
      [...byEntity.values()].map((item) => ({
        topic: item.row.topic,
        entityId: item.row.entityId,
        error: item.error,
        attempts: item.attempts,
        firstSeenAt: item.firstSeen,
      })),
    )
    .onConflictDoUpdate({
      target: [outboxDeadLetters.topic, outboxDeadLetters.entityId],
      set: {
        error: sql`excluded.error`,
        attempts: sql`${outboxDeadLetters.attempts} + excluded.attempts`,
        firstSeenAt: sql`least(${outboxDeadLetters.firstSeenAt}, excluded.first_seen_at)`,
        lastSeenAt: sql`now()`,
      },
    });
  await tx.delete(outbox).where(
    inArray(
      outbox.id,
      rows.map((item) => item.row.id),
    ),
  );
}

/** Keeps rows with their own error, one more attempt and their own delay before they are tried again. */
async function postpone(tx: Tx, ids: number[], error: string): Promise<void> {
  await tx
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      lastError: error,
      availableAt: sql`now() + make_interval(secs => least(${RETRY_CAP_SECONDS}, power(2, ${outbox.attempts})))`,
    })
    .where(inArray(outbox.id, ids));
}

/**
 * Takes one batch of due outbox rows (FOR UPDATE SKIP LOCKED: several drainers can run at once),
 * writes the current state of their entities to Elasticsearch and settles each row on its own outcome:
 * acknowledged rows are deleted; refused ones keep their own error and back off, and after MAX_ATTEMPTS
 * refusals move to the dead letters in this same transaction. When Elasticsearch is unreachable every row
 * waits, without counting towards the dead letters (an outage is not the document's fault).
 */
export async function drainOutboxOnce(
  db: Database,
  search: SearchHandle,
  options: { batchSize?: number; /** How documents are built; tests swap one in. */ topics?: Record<SyncTopic, Topic> } = {},
): Promise<DrainResult> {
  const batchSize = options.batchSize ?? 500;
  const topics = options.topics ?? syncTopics;
  return db.transaction(async (tx) => {
    const rows: Row[] = await tx
      .select({ id: outbox.id, topic: outbox.topic, entityId: outbox.entityId, attempts: outbox.attempts, createdAt: outbox.createdAt })
      .from(outbox)
      .where(lte(outbox.availableAt, sql`now()`))
      .orderBy(asc(outbox.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return { processed: 0, failed: 0, deadLettered: 0, stalled: false };

    const outcomeOf = new Map<number, ItemOutcome>();
    const byTopic = new Map<SyncTopic, Row[]>();
    for (const row of rows) {
      if (!(row.topic in topics)) {
        outcomeOf.set(row.id, { kind: 'rejected', error: `unknown outbox topic "${row.topic.slice(0, 100)}"` });
        continue;
      }
      const list = byTopic.get(row.topic as SyncTopic);
      if (list) list.push(row);
      else byTopic.set(row.topic as SyncTopic, [row]);
    }
    for (const [name, topicRows] of byTopic) {
      const outcomes = await syncTopic(tx, search, topics[name], [...new Set(topicRows.map((row) => row.entityId))]);
      for (const row of topicRows) outcomeOf.set(row.id, outcomes.get(row.entityId) ?? { kind: 'written' });
      // A document that finally went in clears the entity's dead letter: it is no longer stuck.
      const written = topicRows.filter((row) => outcomeOf.get(row.id)?.kind === 'written').map((row) => row.entityId);
      if (written.length) await tx.delete(outboxDeadLetters).where(and(eq(outboxDeadLetters.topic, name), inArray(outboxDeadLetters.entityId, written)));
    }

    const done = rows.filter((row) => outcomeOf.get(row.id)?.kind === 'written');
    if (done.length)
      await tx.delete(outbox).where(
        inArray(
          outbox.id,
          done.map((row) => row.id),
        ),
      );
    const toDeadLetter: { row: Row; error: string }[] = [];
    const postponed = new Map<string, number[]>();
    let stalled = false;
    let firstError: string | undefined;
    for (const row of rows) {
      const outcome = outcomeOf.get(row.id)!;
      if (outcome.kind === 'written') continue;
      firstError ??= outcome.error;
      if (outcome.kind === 'retry') stalled = true;
      if (outcome.kind === 'rejected' && row.attempts + 1 >= MAX_ATTEMPTS) toDeadLetter.push({ row, error: outcome.error });
      else if (postponed.has(outcome.error)) postponed.get(outcome.error)!.push(row.id);
      else postponed.set(outcome.error, [row.id]);
    }
    // One statement per distinct error: an outage postpones the whole batch at once.
    for (const [error, ids] of postponed) await postpone(tx, ids, error);
    if (toDeadLetter.length) await deadLetter(tx, toDeadLetter);
    const failed = [...postponed.values()].reduce((sum, ids) => sum + ids.length, 0);
    return { processed: done.length, failed, deadLettered: toDeadLetter.length, stalled, ...(firstError ? { error: firstError } : {}) };
  });
}
