import 'server-only';
import { decisiveCheck } from '@/lib/verification/model';
import { renderReason } from '@/lib/verification/render';
import { AppError } from '@/server/errors';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import type { DecodedCredential } from '../parse/decode-credential';
import { verifyCredentialEnvelope, type EnvelopeVerification } from './verify-credential-envelope';

/**
 * A learner record (CLR 2.0 `ClrCredential`) is verified as a whole before any credential in it is attached: its
 * own proof, the key bound to its issuer, its status and validity. One that fails, is revoked or has expired
 * refuses the whole upload, and nothing is stored: a record changed after signing (parts added, swapped or
 * removed) is not something to keep parts of. Each part is then verified on its own signature, which is also
 * what later re-checks of a stored part use — so a part's verdict never depends on the record. A record that
 * cannot be checked right now (the network) does not block: its parts stand on their own proofs.
 */
export async function checkLearnerRecords(decodedList: DecodedCredential[], options: { registry: IssuerRegistry; now: Date }): Promise<EnvelopeVerification[]> {
  const records = [...new Set(decodedList.map((decoded) => decoded.clr).filter((clr): clr is DecodedCredential => Boolean(clr)))];
  const results: EnvelopeVerification[] = [];
  for (const record of records) {
    const result = await verifyCredentialEnvelope(record, options, { type: 'ClrCredential', kind: 'clr' });
    if (result.state !== 'verified' && result.state !== 'unverified') {
      const decisive = decisiveCheck(result.checks)!;
      const issuer = result.trust?.knownName ?? result.facts?.issuer.name ?? 'its issuer';
      throw new AppError(
        'input:invalid',
        `This learner record (CLR) does not verify as a whole, so none of its badges were attached. ${renderReason(decisive)} Ask ${issuer} for a fresh copy of the record, or upload the badges in it one at a time.`,
        { clr: { state: result.state, check: decisive.check, code: decisive.code, params: decisive.params } },
      );
    }
    results.push(result);
  }
  return results;
}
