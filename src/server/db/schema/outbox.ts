import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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

/**
 * Entities whose search document Elasticsearch kept refusing: moved out of the outbox after too many attempts
 * (in the same transaction as the outbox row's removal), so they stop costing every drain. One row per entity;
 * an admin retries it once the cause is fixed.
 */
export const outboxDeadLetters = pgTable(
  'outbox_dead_letters',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** Elasticsearch's own refusal (type and reason), cut to a bounded length. Never shown to anonymous callers. */
    error: text('error').notNull(),
    attempts: integer('attempts').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outbox_dead_letters_entity_idx').on(t.topic, t.entityId), index('outbox_dead_letters_last_seen_idx').on(t.lastSeenAt)],
);
