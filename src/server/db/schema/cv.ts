import { sql } from 'drizzle-orm';
import { bigint, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const cvVisibility = pgEnum('cv_visibility', ['public', 'employers', 'hidden']);

/** A job seeker's CV: one per seeker. `searchVersion` grows with every change that search shows. */
export const cvs = pgTable('cvs', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  headline: text('headline').notNull().default(''),
  summary: text('summary').notNull().default(''),
  location: text('location').notNull().default(''),
  visibility: cvVisibility('visibility').notNull().default('employers'),
  /** Self-declared skills (taxonomy keys): shown and searchable as claims, never as verified. */
  claimedSkills: text('claimed_skills')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  searchVersion: bigint('search_version', { mode: 'number' }).notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
