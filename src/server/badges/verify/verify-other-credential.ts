import 'server-only';
import { checkResult, overallState } from '@/lib/verification/model';
import { AppError } from '@/server/errors';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import type { DecodedCredential } from '../parse/decode-credential';
import { verifyCredentialEnvelope } from './verify-credential-envelope';
import type { Verification } from './verify-credential';

/**
 * What support staff get for a credential that is not an awarded badge: an EndorsementCredential is verified as one
 * (proof, issuer, status, dates); a plain Verifiable Credential is checked the same way, but its format check fails
 * (`not_open_badge`), so it can never read as a verified badge. No recipient: neither is about a seeker.
 */
export async function verifyOtherCredential(decoded: DecodedCredential, options: { registry: IssuerRegistry; now: Date }): Promise<Verification> {
  const endorsement = decoded.other === 'endorsement';
  const envelope = await verifyCredentialEnvelope(
    decoded,
    options,
    endorsement ? { type: 'EndorsementCredential', kind: 'endorsement' } : { type: 'VerifiableCredential', kind: 'vc' },
  );
  if (!envelope.facts)
    throw new AppError('input:invalid', `This credential could not be read: ${String(envelope.checks[0]?.params.problems ?? 'required parts are missing')}.`);
  const [format, ...rest] = envelope.checks;
  const checks = [
    endorsement ? format! : checkResult('format', 'failed', 'not_open_badge', { types: [decoded.credential.type].flat().map(String) }),
    ...rest,
    checkResult('recipient', 'skipped', 'not_checked', { names: null }),
  ];
  const name = typeof decoded.credential.name === 'string' ? decoded.credential.name : endorsement ? 'Endorsement' : 'Verifiable credential';
  const facts = {
    ...envelope.facts,
    achievement: { ...envelope.facts.achievement, id: decoded.credential.id ? String(decoded.credential.id) : envelope.facts.achievement.id, name },
  };
  return {
    facts,
    report: { state: overallState(checks), checks, checkedAt: options.now.toISOString(), ...(envelope.trust ? { issuer: envelope.trust } : {}) },
    recipientBound: null,
  };
}
