import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cvs } from './cv';
import { organisations, users } from './users';

export const jobStatus = pgEnum('job_status', ['draft', 'published', 'closed']);
export const workplace = pgEnum('workplace', ['on_site', 'hybrid', 'remote']);
export const contractType = pgEnum('contract_type', ['permanent', 'fixed_term', 'contract', 'apprenticeship', 'internship']);
export const requirementKind = pgEnum('requirement_kind', ['skill', 'achievement']);
export const requirementImportance = pgEnum('requirement_importance', ['required', 'preferred']);
export const applicationStage = pgEnum('application_stage', ['new', 'reviewing', 'interview', 'offer', 'rejected']);

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Markdown subset (paragraphs, lists, bold); rendered without HTML. */
    description: text('description').notNull(),
    location: text('location').notNull(),
    workplace: workplace('workplace').notNull(),
    contractType: contractType('contract_type').notNull(),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    salaryCurrency: text('salary_currency').notNull().default('GBP'),
    salaryPeriod: text('salary_period').$type<'year' | 'hour'>().notNull().default('year'),
    closingDate: date('closing_date'),
    status: jobStatus('status').notNull().default('draft'),
    /** Count verified badges from issuers not known to Badgeboard towards this role (off: known issuers only). */
    acceptUnknownIssuers: boolean('accept_unknown_issuers').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    searchVersion: bigint('search_version', { mode: 'number' }).notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_org_idx').on(t.orgId), index('jobs_status_idx').on(t.status)],
);

/** What a role asks for: a specific achievement, or a skill (or any skill under a group), required or preferred. */
export const jobRequirements = pgTable(
  'job_requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    kind: requirementKind('kind').notNull(),
    /** Taxonomy key (skill) or achievement id. */
    code: text('code').notNull(),
    /** For an achievement: the issuer id it belongs to. An achievement is (issuer id, achievement id). */
    issuerId: text('issuer_id'),
    /** The label at posting time, for history only: pages resolve labels from the taxonomy and verified badges when shown. */
    label: text('label').notNull(),
    importance: requirementImportance('importance').notNull(),
    minLevel: text('min_level'),
    position: integer('position').notNull(),
  },
  (t) => [index('job_requirements_job_idx').on(t.jobId)],
);

export type RequirementOutcome = {
  requirementId: string;
  kind: 'skill' | 'achievement';
  code: string;
  label: string;
  importance: 'required' | 'preferred';
  met: 'verified' | 'claimed' | 'missing';
  /** `issuerKnown`: the badge's issuer is in the known-issuer registry (absent on snapshots taken before it was recorded). */
  badge: { id: string; name: string; issuerName: string; state: string; issuerKnown?: boolean } | null;
};

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    cvId: uuid('cv_id')
      .notNull()
      .references(() => cvs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    coverNote: text('cover_note'),
    stage: applicationStage('stage').notNull().default('new'),
    /** Which requirements were met, and by which badge, at the moment of applying. */
    snapshot: jsonb('snapshot').$type<RequirementOutcome[]>().notNull(),
    requiredMet: integer('required_met').notNull(),
    requiredVerified: integer('required_verified').notNull(),
    preferredMet: integer('preferred_met').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('applications_job_user_key').on(t.jobId, t.userId), index('applications_user_idx').on(t.userId)],
);

/** In-app notifications (no outside email). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'new_applicant' | 'matching_role' | 'stage_changed'>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
