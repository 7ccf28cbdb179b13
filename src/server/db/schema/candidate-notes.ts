import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cvs } from './cv';
import { organisations, users } from './users';

/**
 * A private note an employer organisation keeps about a candidate. Only that organisation's members read or write
 * them (src/server/orgs/candidate-notes.ts); the candidate never sees them. A note outlives its author's account.
 */
export const candidateNotes = pgTable(
  'candidate_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    cvId: uuid('cv_id')
      .notNull()
      .references(() => cvs.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('candidate_notes_org_cv_idx').on(t.orgId, t.cvId, t.createdAt),
    check('candidate_notes_body_length', sql`char_length(${t.body}) between 1 and 4000`),
  ],
);

/** An organisation's labels for a candidate ("Strong fit", "Call back"): one of each per candidate, whatever the case. */
export const candidateTags = pgTable(
  'candidate_tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    cvId: uuid('cv_id')
      .notNull()
      .references(() => cvs.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('candidate_tags_org_cv_tag_key').on(t.orgId, t.cvId, sql`lower(${t.tag})`),
    check('candidate_tags_tag_length', sql`char_length(${t.tag}) between 1 and 40`),
  ],
);
