import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cvs } from './cv';
import { users } from './users';

export const badgeState = pgEnum('badge_state', ['verified', 'unverified', 'failed', 'revoked', 'expired']);
export const badgeFormat = pgEnum('badge_format', ['ob2', 'ob3']);
export const badgeSource = pgEnum('badge_source', ['png', 'svg', 'json', 'jwt', 'url', 'presentation']);

/** The result of one verification check, as stored and shown. */
export type CheckResult = {
  check: 'format' | 'proof' | 'issuer' | 'status' | 'validity' | 'recipient';
  status: 'ok' | 'failed' | 'warning' | 'skipped';
  reason: string;
  /** Machine detail for support staff, e.g. `revoked`, `expired`, `network`. */
  code?: string;
};

export type VerificationReport = { state: (typeof badgeState.enumValues)[number]; checks: CheckResult[]; checkedAt: string };

/** A credential a seeker attached to their CV: kept verbatim, with what was parsed and the latest report. */
export const badges = pgTable(
  'badges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cvId: uuid('cv_id')
      .notNull()
      .references(() => cvs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    format: badgeFormat('format').notNull(),
    source: badgeSource('source').notNull(),
    /** The credential exactly as received (JSON text or compact JWT). */
    raw: text('raw').notNull(),
    /** sha256 of `raw`. */
    rawHash: text('raw_hash').notNull(),
    /** The credential's own id when it has one, else `sha256:<rawHash>`: what makes "the same credential". */
    credentialKey: text('credential_key').notNull(),
    achievementId: text('achievement_id').notNull(),
    achievementName: text('achievement_name').notNull(),
    description: text('description'),
    imageUrl: text('image_url'),
    criteria: text('criteria'),
    issuerId: text('issuer_id').notNull(),
    issuerName: text('issuer_name').notNull(),
    level: text('level'),
    /** Alignments as given, and the taxonomy keys they resolved to (direct, not expanded). */
    alignments: jsonb('alignments').$type<{ targetName?: string; targetUrl?: string; targetCode?: string; targetFramework?: string; conceptKey: string | null; recognised: boolean }[]>().notNull().default(sql`'[]'::jsonb`),
    skillKeys: text('skill_keys').array().notNull().default(sql`'{}'::text[]`),
    /** EU Council Recommendation (2022) micro-credential fields present in the credential. */
    microCredential: jsonb('micro_credential').$type<Record<string, string>>(),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    state: badgeState('state').notNull(),
    report: jsonb('report').$type<VerificationReport>().notNull(),
    /** Set when the recipient check bound this credential to the seeker. */
    recipientBound: text('recipient_bound'),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('badges_user_credential_key').on(t.userId, t.credentialKey),
    index('badges_cv_idx').on(t.cvId),
    index('badges_credential_idx').on(t.credentialKey),
    index('badges_achievement_idx').on(t.achievementId),
    index('badges_user_idx').on(t.userId),
    index('badges_checked_idx').on(t.checkedAt),
  ],
);

/** Issuers Badgeboard's admins vouch for; others are shown as "not on the trusted list", never hidden. */
export const trustedIssuers = pgTable('trusted_issuers', {
  issuerId: text('issuer_id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Identities a seeker has proven (email addresses, DIDs): what recipient binding compares against. */
export const seekerIdentities = pgTable(
  'seeker_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'did'>().notNull(),
    value: text('value').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('seeker_identities_user_value_key').on(t.userId, t.type, t.value)],
);

/** Mail the app would send; in local mode shown at /dev/mailbox and printed to the log. */
export const outgoingMail = pgTable('outgoing_mail', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
