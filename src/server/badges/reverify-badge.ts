import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { decodeCredentials } from './parse/decode-credential';
import { loadSeekerIdentity } from './seeker-identity';
import { dbIssuerRegistry } from '@/server/issuers/db-issuer-registry';
import { verifyCredential } from './verify/verify-credential';

/**
 * Checks a stored badge again. The proof and issuer binding of the same bytes cannot change, so they are
 * reused from the last report; status, validity and recipient are checked afresh. A state change reaches
 * search through the outbox.
 */
export async function reverifyBadge(db: Database, badgeId: string, now = new Date()): Promise<{ state: string; changed: boolean }> {
  const [badge] = await db.select().from(badges).where(eq(badges.id, badgeId)).limit(1);
  if (!badge) throw new AppError('not_found', 'This badge is no longer on the CV.');
  const [decoded] = await decodeCredentials({ source: badge.source, text: badge.raw });
  if (!decoded) throw new AppError('internal', 'The stored credential could not be read.');
  const identity = await loadSeekerIdentity(db, badge.userId);
  const { report, recipientBound } = await verifyCredential(decoded, { seeker: identity, registry: dbIssuerRegistry(db), previous: badge.report, now });
  const changed = report.state !== badge.state;
  await db.transaction(async (tx) => {
    await tx
      .update(badges)
      .set({ state: report.state, report, recipientBound, issuerKnown: report.issuer?.known ?? false, checkedAt: new Date(report.checkedAt), verifiedAt: report.state === 'verified' ? new Date(report.checkedAt) : badge.verifiedAt })
      .where(eq(badges.id, badgeId));
    // verified_at moves on every successful check, and search shows it: always re-index.
    await tx.update(cvs).set({ searchVersion: sql`${cvs.searchVersion} + 1` }).where(eq(cvs.id, badge.cvId));
    await enqueueSearchSync(tx, 'candidate', [badge.cvId]);
  });
  return { state: report.state, changed };
}

/**
 * Claims up to `limit` badges due for a scheduled check (not checked for a day, made due by a registry change, or
 * past their expiry while still shown as verified) and checks them. Claiming moves `checked_at` forward inside
 * one statement with `FOR UPDATE SKIP LOCKED`, so several workers never take the same badge; a badge whose check
 * throws is retried in an hour.
 */
export async function reverifyDueBadges(db: Database, limit = 200, now = new Date(), concurrency = 4): Promise<{ checked: number; changed: number }> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  const retryAt = new Date(now.getTime() - 23 * 60 * 60_000);
  const claimed = await queryRows<{ id: string }>(
    db,
    sql`update badges set checked_at = ${retryAt} where id in (
          select id from badges
          where checked_at < ${dayAgo} or (expires_at is not null and expires_at < ${now} and state = 'verified')
          order by checked_at limit ${limit} for update skip locked)
        returning id`,
  );
  let changed = 0;
  const queue = claimed.map((row) => row.id);
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        if ((await reverifyBadge(db, id, now)).changed) changed++;
      } catch (error) {
        console.warn(`[badges] re-verification of ${id} failed: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return { checked: claimed.length, changed };
}
