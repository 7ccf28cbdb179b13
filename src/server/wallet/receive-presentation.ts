import 'server-only';
import { and, eq, isNotNull, ne, notInArray, sql } from 'drizzle-orm';
import { attachBadges } from '@/server/badges/attach-badges';
import { MAX_PARTS } from '@/server/badges/parse/decode-credential';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import type { Database } from '@/server/db/client';
import { badges, seekerIdentities, walletExchanges, type WalletExchangeResult } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { claimExchange, failExchange, finishExchange, openExchange, type ExchangeProtocol, type WalletExchange } from './exchanges';
import type { HolderPresentation } from './verify-presentation';

/**
 * One wallet answer, whatever the protocol: the presentations are verified first (a wrong challenge or domain
 * refuses them and leaves the exchange open for a correct answer), then the exchange is taken atomically (a replay
 * finds it used), the holder DID is bound to the seeker, and every credential goes through the same attach
 * pipeline as an upload. Each credential stands alone: a duplicate or someone else's badge is reported, the rest attach.
 */
export async function receivePresentation(
  db: Database,
  exchangeId: string,
  protocol: ExchangeProtocol,
  verify: (exchange: WalletExchange) => Promise<HolderPresentation[]>,
  now = new Date(),
): Promise<WalletExchangeResult & { holder: string }> {
  const exchange = await openExchange(db, exchangeId, now);
  let presentations: HolderPresentation[];
  try {
    presentations = await verify(exchange);
  } catch (error) {
    if (error instanceof AppError) await noteRefusal(db, exchange.id, error);
    throw error;
  }
  const holders = [...new Set(presentations.map((p) => p.holder))];
  if (holders.length !== 1)
    throw new AppError('wallet:invalid_presentation', 'The presentations are signed by different holders; send them from one wallet identity.', {
      reason: holders.length ? 'several_holders' : 'empty',
    });
  const holder = holders[0]!;
  const credentials = presentations.flatMap((p) => p.credentials);
  if (credentials.length === 0)
    throw new AppError('wallet:invalid_presentation', 'The presentation holds no credentials. Choose at least one badge in your wallet and share again.', {
      reason: 'no_credentials',
    });
  if (credentials.length > MAX_PARTS)
    throw new AppError('input:too_large', `The wallet sent more than ${MAX_PARTS} credentials at once. Share fewer badges at a time.`);

  const claimed = await claimExchange(db, exchange.id, protocol, holder, now);
  try {
    await bindHolderDid(db, claimed.userId, holder, now);
    const result: WalletExchangeResult = { attached: [], refused: [] };
    for (const credential of credentials) {
      const text = typeof credential === 'string' ? credential : JSON.stringify(credential);
      try {
        const attached = await attachBadges(db, { userId: claimed.userId, cvId: claimed.cvId }, { kind: 'text', text }, now);
        for (const badge of attached) result.attached.push({ ...badge, failingCode: badge.failing?.code ?? null, failing: badge.failing });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.refused.push({ name: nameOf(credential), code: error.code, detail: error.message });
      }
    }
    await recheckWaitingBadges(
      db,
      claimed.userId,
      result.attached.map((b) => b.id),
    );
    await finishExchange(db, claimed.id, result, now);
    return { ...result, holder };
  } catch (error) {
    const detail =
      error instanceof AppError ? error.message : 'Something went wrong on our side while adding the badges. Start a new wallet link and try again.';
    await failExchange(db, claimed.id, { code: error instanceof AppError ? error.code : 'internal', detail }, now);
    throw error;
  }
}

/** A refused answer is shown on the CV page ("your wallet's answer was refused: …") while the code stays usable. */
export async function noteRefusal(db: Database, id: string, error: AppError): Promise<void> {
  if (error.code === 'wallet:exchange_used' || error.code === 'wallet:exchange_expired' || error.code === 'not_found') return;
  await db
    .update(walletExchanges)
    .set({ error: { code: error.code, detail: error.message } })
    .where(and(eq(walletExchanges.id, id), sql`${walletExchanges.state} in ('pending', 'active')`));
}

/**
 * The holder proved control of the DID by signing our challenge: it is now one of the seeker's identities, so the
 * recipient check accepts credentials issued to it. A DID proven by another account stays theirs (refused).
 */
export async function bindHolderDid(db: Database, userId: string, did: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [other] = await tx
      .select({ id: seekerIdentities.id })
      .from(seekerIdentities)
      .where(
        and(eq(seekerIdentities.type, 'did'), eq(seekerIdentities.value, did), isNotNull(seekerIdentities.verifiedAt), ne(seekerIdentities.userId, userId)),
      )
      .limit(1);
    if (other)
      throw new AppError(
        'conflict',
        `The wallet identity ${did} is already proven by another Badgeboard account. Use that account, or another wallet identity.`,
      );
    await tx
      .insert(seekerIdentities)
      .values({ userId, type: 'did', value: did, verifiedAt: now, method: 'did_auth' })
      .onConflictDoUpdate({
        target: [seekerIdentities.userId, seekerIdentities.type, seekerIdentities.value],
        set: { verifiedAt: sql`coalesce(${seekerIdentities.verifiedAt}, excluded.verified_at)`, method: sql`coalesce(${seekerIdentities.method}, 'did_auth')` },
      });
  });
}

/** Badges uploaded before the DID was proven, which failed "issued to someone else", may be this seeker's after all. */
async function recheckWaitingBadges(db: Database, userId: string, justAttached: string[]): Promise<void> {
  const waiting = await db
    .select({ id: badges.id })
    .from(badges)
    .where(
      and(eq(badges.userId, userId), sql`${badges.state} in ('unverified', 'failed')`, justAttached.length ? notInArray(badges.id, justAttached) : sql`true`),
    );
  for (const badge of waiting) await reverifyBadge(db, badge.id);
}

function nameOf(credential: Record<string, unknown> | string): string | null {
  if (typeof credential === 'string') return null;
  const subject = credential.credentialSubject as { achievement?: { name?: unknown } } | undefined;
  const name = subject?.achievement?.name ?? credential.name;
  return typeof name === 'string' ? name.slice(0, 200) : null;
}
