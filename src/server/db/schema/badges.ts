import { sql } from 'drizzle-orm';
import type { VerificationReport } from '@/lib/verification/model';
import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cvs } from './cv';
import { users } from './users';

export const badgeState = pgEnum('badge_state', ['verified', 'unverified', 'failed', 'revoked', 'expired']);
export const badgeFormat = pgEnum('badge_format', ['ob2', 'ob3']);
export const badgeSource = pgEnum('badge_source', ['png', 'svg', 'json', 'jwt', 'url', 'presentation']);

export type { CheckResult, VerificationReport } from '@/lib/verification/model';

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
    /** The issuer's name as the credential claims it (a claim; the registry holds verified names). */
    issuerName: text('issuer_name').notNull(),
    /** The issuer id is in the known-issuer registry (kept in step with the registry, re-indexed on change). */
    issuerKnown: boolean('issuer_known').notNull().default(false),
    level: text('level'),
    /** Alignments as given, and the taxonomy keys they resolved to (direct, not expanded). */
    alignments: jsonb('alignments')
      .$type<{ targetName?: string; targetUrl?: string; targetCode?: string; targetFramework?: string; conceptKey: string | null; recognised: boolean }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    skillKeys: text('skill_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
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
    /** Public badge page (/b/{id}): `default` follows the CV's visibility (public CV → public page), or the seeker's choice. */
    shareVisibility: text('share_visibility').$type<'default' | 'public' | 'private'>().notNull().default('default'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('badges_user_credential_key').on(t.userId, t.credentialKey),
    index('badges_cv_idx').on(t.cvId),
    index('badges_credential_idx').on(t.credentialKey),
    index('badges_achievement_idx').on(t.achievementId),
    index('badges_user_idx').on(t.userId),
    index('badges_checked_idx').on(t.checkedAt),
    index('badges_issuer_achievement_idx').on(t.issuerId, t.achievementId),
  ],
);

export const knownIssuerSource = pgEnum('known_issuer_source', ['organisation', 'admin', 'registry']);

/**
 * The known-issuer registry: an issuer *is* its id (DID or https URL); this binds ids to a verified display
 * name and domains. Badges from ids not listed here can still verify, as "issuer not known to Badgeboard".
 */
export const knownIssuers = pgTable(
  'known_issuers',
  {
    issuerId: text('issuer_id').primaryKey(),
    name: text('name').notNull(),
    /** `name` normalised for case, spacing and punctuation: what impersonation is matched on. */
    normalisedName: text('normalised_name').notNull(),
    domains: text('domains')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    source: knownIssuerSource('source').notNull(),
    /** Where it came from: the organisation's id, the admin's email, or the registry file's name. */
    sourceDetail: text('source_detail'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('known_issuers_normalised_name_idx').on(t.normalisedName)],
);

/** Identities a seeker has proven (email addresses, DIDs): what recipient binding compares against. */
export const seekerIdentities = pgTable(
  'seeker_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'did'>().notNull(),
    /** Email addresses lower-cased; DIDs exactly as proven. */
    value: text('value').notNull(),
    /** Null while an added address waits for its link to be followed. A DID is stored only once proven. */
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /** How it was proven: `email_link`, or `did_auth` (a presentation signed for one of our challenges). */
    method: text('method').$type<'email_link' | 'did_auth'>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('seeker_identities_user_value_key').on(t.userId, t.type, t.value),
    // A proven address or DID belongs to one account only.
    uniqueIndex('seeker_identities_verified_value_key')
      .on(t.type, t.value)
      .where(sql`${t.verifiedAt} is not null`),
  ],
);

/** Mail the app would send; in local mode shown at /dev/mailbox and printed to the log. */
export const outgoingMail = pgTable(
  'outgoing_mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    /** The text part; the HTML part is made from it (`renderMailHtml`). */
    body: text('body').notNull(),
    html: text('html'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Delivery through SMTP_URL: when it was handed to the server; null while waiting (or in local mode, never). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last refusal or failure, for the operator (never shown to the recipient). */
    lastError: text('last_error'),
  },
  (t) => [
    index('outgoing_mail_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null`),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A badge's artwork as Badgeboard serves it (`/api/v1/badges/{id}/image`): raster only, text chunks removed, size-capped. */
export const badgeImages = pgTable('badge_images', {
  badgeId: uuid('badge_id')
    .primaryKey()
    .references(() => badges.id, { onDelete: 'cascade' }),
  contentType: text('content_type').$type<'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'>().notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
