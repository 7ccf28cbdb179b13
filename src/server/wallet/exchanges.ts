import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { cvs, walletExchanges, type WalletExchangeResult } from '@/server/db/schema';
import { AppError } from '@/server/errors';

/** How long a QR code / link from the CV page stays usable: long enough to find the phone, short enough not to linger. */
export const EXCHANGE_TTL_MS = 10 * 60_000;

export type WalletExchange = typeof walletExchanges.$inferSelect;
export type ExchangeProtocol = 'vcapi' | 'oid4vp';

/** A new exchange for the signed-in seeker's CV. The id is the capability in the link; the challenge is what the holder signs. */
export async function createExchange(db: Database, seeker: { userId: string }, now = new Date()): Promise<WalletExchange> {
  const [cv] = await db.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, seeker.userId)).limit(1);
  if (!cv) throw new AppError('not_found', 'Create your CV first, then add badges from your wallet to it.');
  // Exchanges over a day old carry nothing anyone needs; unfinished ones are closed: only the code on screen now works.
  await db
    .delete(walletExchanges)
    .where(and(eq(walletExchanges.userId, seeker.userId), lt(walletExchanges.expiresAt, new Date(now.getTime() - 24 * 3600_000))));
  await db
    .update(walletExchanges)
    .set({ state: 'failed', error: { code: 'wallet:exchange_expired', detail: 'A newer wallet link replaced this one.' }, completedAt: now })
    .where(and(eq(walletExchanges.userId, seeker.userId), inArray(walletExchanges.state, ['pending', 'active'])));
  const [row] = await db
    .insert(walletExchanges)
    .values({ userId: seeker.userId, cvId: cv.id, challenge: randomBytes(32).toString('base64url'), expiresAt: new Date(now.getTime() + EXCHANGE_TTL_MS) })
    .returning();
  return row!;
}

/** The exchange a wallet names by id, while it can still take a presentation; otherwise why not (expired, used). */
export async function openExchange(db: Database, id: string, now = new Date()): Promise<WalletExchange> {
  const [row] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, id));
  if (!row) throw new AppError('not_found', 'There is no wallet exchange at this address. Start one from your CV page on Badgeboard.');
  refuseClosed(row, now);
  return row;
}

function refuseClosed(row: WalletExchange, now: Date): void {
  if (row.state === 'complete' || row.state === 'processing')
    throw new AppError('wallet:exchange_used', 'This wallet link was already used: each one takes a single presentation. Start a new one from your CV page.');
  if (row.state === 'failed' && row.error?.code !== 'wallet:exchange_expired')
    throw new AppError('wallet:exchange_used', 'This wallet link was already used and failed. Start a new one from your CV page.');
  if (row.state === 'failed' || row.expiresAt.getTime() <= now.getTime())
    throw new AppError('wallet:exchange_expired', 'This wallet link has expired (they last 10 minutes). Start a new one from your CV page.');
}

/** A wallet asked for the request: note which protocol, so the CV page can say "your wallet is answering". */
export async function markActive(db: Database, id: string, protocol: ExchangeProtocol, now = new Date()): Promise<void> {
  await db
    .update(walletExchanges)
    .set({ state: 'active', protocol })
    .where(and(eq(walletExchanges.id, id), inArray(walletExchanges.state, ['pending', 'active']), gt(walletExchanges.expiresAt, now)));
}

/**
 * Takes the exchange for one presentation, atomically: of two wallets posting at once (or a replay racing the
 * original), exactly one gets the row; the other is told why not (used, expired).
 */
export async function claimExchange(db: Database, id: string, protocol: ExchangeProtocol, holderDid: string, now = new Date()): Promise<WalletExchange> {
  const [row] = await db
    .update(walletExchanges)
    .set({ state: 'processing', protocol, holderDid })
    .where(and(eq(walletExchanges.id, id), inArray(walletExchanges.state, ['pending', 'active']), gt(walletExchanges.expiresAt, now)))
    .returning();
  if (row) return row;
  refuseClosed(await openOrMissing(db, id), now);
  throw new AppError('wallet:exchange_used', 'This wallet link was already used. Start a new one from your CV page.');
}

async function openOrMissing(db: Database, id: string): Promise<WalletExchange> {
  const [row] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, id));
  if (!row) throw new AppError('not_found', 'There is no wallet exchange at this address. Start one from your CV page on Badgeboard.');
  return row;
}

export async function finishExchange(db: Database, id: string, result: WalletExchangeResult, now = new Date()): Promise<void> {
  await db.update(walletExchanges).set({ state: 'complete', result, completedAt: now }).where(eq(walletExchanges.id, id));
}

export async function failExchange(db: Database, id: string, error: { code: string; detail: string }, now = new Date()): Promise<void> {
  await db
    .update(walletExchanges)
    .set({ state: 'failed', error, completedAt: now })
    .where(and(eq(walletExchanges.id, id), sql`${walletExchanges.state} <> 'complete'`));
}

/** The seeker's own exchange, for the CV page's live progress. Someone else's is "not found". */
export async function exchangeOfSeeker(db: Database, userId: string, id: string): Promise<WalletExchange> {
  const [row] = await db
    .select()
    .from(walletExchanges)
    .where(and(eq(walletExchanges.id, id), eq(walletExchanges.userId, userId)));
  if (!row) throw new AppError('not_found', 'There is no such wallet exchange on your account. Start one from your CV page.');
  return row;
}
