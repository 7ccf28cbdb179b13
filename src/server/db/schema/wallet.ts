import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CheckResult } from '@/lib/verification/model';
import { cvs } from './cv';
import { users } from './users';

/** What a finished exchange reports to the CV page: one line per credential, as the upload list shows them. */
export type WalletExchangeResult = {
  attached: { id: string; name: string; issuerName: string; issuerKnown: boolean; state: string; failingCode: string | null; failing?: CheckResult | null }[];
  /** Credentials refused before anything was stored (duplicate, someone else's), with the reason shown to the seeker. */
  refused: { name: string | null; code: string; detail: string }[];
};

/**
 * One hand-off from a wallet (VC-API exchange or OpenID4VP), started from the signed-in seeker's CV page. The id in
 * the interaction URL is the capability; the challenge (VC-API) / nonce (OID4VP) is what the holder must sign. Single
 * use: the first presentation accepted moves it out of `pending`/`active` for good; past `expires_at` it is refused.
 */
export const walletExchanges = pgTable(
  'wallet_exchanges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cvId: uuid('cv_id')
      .notNull()
      .references(() => cvs.id, { onDelete: 'cascade' }),
    /** 256-bit random, base64url; the VC-API `challenge` and the OID4VP `nonce`. */
    challenge: text('challenge').notNull().unique(),
    /** `pending` (created), `active` (a wallet asked for the request), `processing`, `complete`, `failed`. */
    state: text('state').$type<'pending' | 'active' | 'processing' | 'complete' | 'failed'>().notNull().default('pending'),
    /** The protocol the wallet chose: `vcapi` or `oid4vp`; null until a wallet asks. */
    protocol: text('protocol').$type<'vcapi' | 'oid4vp'>(),
    holderDid: text('holder_did'),
    result: jsonb('result').$type<WalletExchangeResult>(),
    /** Why it failed: an error code and the detail shown to the seeker. */
    error: jsonb('error').$type<{ code: string; detail: string }>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('wallet_exchanges_user_idx').on(t.userId)],
);
