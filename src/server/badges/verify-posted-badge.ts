import 'server-only';
import { presentReport, type PresentedReport } from '@/lib/verification/present';
import type { Database } from '@/server/db/client';
import { dbIssuerRegistry } from '@/server/issuers/db-issuer-registry';
import type { BadgeInput } from './parse/read-badge-input';
import { supportReport, verifyForSupport, type SupportReport } from './verify-file';
import type { Verification } from './verify/verify-credential';

export type PostedBadgeVerification = { credential: Omit<SupportReport, 'state' | 'report'>; report: PresentedReport };

function presented(verification: Verification): PostedBadgeVerification {
  const { state: _state, report: _ownerReport, ...credential } = supportReport(verification);
  // Read by whoever posted it, not by the badge's holder: the wording for "others", as on a public badge page.
  return { credential, report: presentReport(verification.report, 'others') };
}

/**
 * Verifies a badge someone posted (the public verifier, portals with a `verify` key): the support CLI's pipeline
 * (`npm run verify`) with the known-issuer register from the database, and no recipient — there is nobody to bind
 * the badge to, so the recipient check is skipped and says so. Nothing is stored. Input that is not a badge throws
 * the reader's AppError (`input:invalid` / `input:too_large`), which says what to send instead.
 */
export async function verifyPostedBadge(db: Database, input: BadgeInput, now = new Date()): Promise<PostedBadgeVerification[]> {
  const verifications = await verifyForSupport(input, { recipients: [], registry: dbIssuerRegistry(db), now });
  return verifications.map(presented);
}
