import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { decodeCredentials } from './parse/decode-credential';
import { loadSeekerIdentity } from './seeker-identity';
import { dbIssuerRegistry } from '@/server/issuers/db-issuer-registry';
import type { StatusLists } from './verify/status-lists';
import { verifyCredential } from './verify/verify-credential';

/**
 * Checks a stored badge again. The proof and issuer binding of the same bytes cannot change, so they are
 * reused from the last report; status, validity and recipient are checked afresh. A state change reaches
 * search through the outbox. A batch of scheduled re-checks passes one `statusLists` memo for all its badges.
 */
export async function reverifyBadge(
  db: Database,
  badgeId: string,
  now = new Date(),
  options: { statusLists?: StatusLists } = {},
): Promise<{ state: string; changed: boolean }> {
  const [badge] = await db.select().from(badges).where(eq(badges.id, badgeId)).limit(1);
  if (!badge) throw new AppError('not_found', 'This badge is no longer on the CV.');
  const [decoded] = await decodeCredentials({ source: badge.source, text: badge.raw });
  if (!decoded) throw new AppError('internal', 'The stored credential could not be read.');
  const identity = await loadSeekerIdentity(db, badge.userId);
  const { report, recipientBound } = await verifyCredential(decoded, {
    seeker: identity,
    registry: dbIssuerRegistry(db),
    previous: badge.report,
    now,
    statusLists: options.statusLists,
  });
  const changed = report.state !== badge.state;
  await db.transaction(async (tx) => {
    await tx
      .update(badges)
      .set({
        state: report.state,
        report,
        recipientBound,
        issuerKnown: report.issuer?.known ?? false,
        checkedAt: new Date(report.checkedAt),
        verifiedAt: report.state === 'verified' ? new Date(report.checkedAt) : badge.verifiedAt,
      })
      .where(eq(badges.id, badgeId));
    // verified_at moves on every successful check, and search shows it: always re-index.
    await tx
      .update(cvs)
      .set({ searchVersion: sql`${cvs.searchVersion} + 1` })
      .where(eq(cvs.id, badge.cvId));
    await enqueueSearchSync(tx, 'candidate', [badge.cvId]);
  });
  return { state: report.state, changed };
}
