import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: a row is written in the same transaction as the change it announces,
 * and removed only after Elasticsearch acknowledged the document built from the current state.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Which index the entity feeds, e.g. `candidate`. */
    topic: text('topic').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_available_idx').on(t.availableAt, t.id), index('outbox_entity_idx').on(t.topic, t.entityId)],
);
