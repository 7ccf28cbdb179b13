import 'server-only';
import { ZodError } from 'zod';
import { checkResult, overallState, type BadgeState, type CheckResult, type IssuerTrust } from '@/lib/verification/model';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import type { DecodedCredential } from '../parse/decode-credential';
import { checkIssuer } from './check-issuer';
import { checkProof } from './check-proof';
import { checkStatus } from './check-status';
import type { StatusLists } from './status-lists';
import { checkValidity } from './check-validity';
import type { BadgeFacts } from './facts';
import { readOb3 } from './read-ob3';

export type EnvelopeVerification = {
  state: BadgeState;
  checks: CheckResult[];
  /** Null when the credential could not be read as a Verifiable Credential at all. */
  facts: BadgeFacts | null;
  trust: IssuerTrust | null;
};

/** Stands in for the achievement of what is not a badge, so that no achievement rule (e.g. impersonation by achievement id) applies to it. */
const NO_ACHIEVEMENT = { id: 'urn:badgeboard:not-an-achievement', name: 'not an achievement' };

const types = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);

/**
 * The issuer, dates and status entries of any Verifiable Credential (an endorsement, a learner record), read with
 * the OB 3.0 reader so they mean exactly what they mean for a badge.
 */
function envelopeFacts(credential: Record<string, unknown>): BadgeFacts {
  // VC Data Model 2.0 makes validFrom optional for a plain credential (OB 3.0 requires it of a badge).
  const dated = Boolean(credential.validFrom || credential.issuanceDate);
  const facts = readOb3({ ...credential, ...(dated ? {} : { validFrom: new Date(0).toISOString() }), credentialSubject: { achievement: NO_ACHIEVEMENT } });
  return dated ? facts : { ...facts, issuedAt: null };
}

const problemsOf = (error: ZodError) =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the credential'}: ${issue.message}`)
    .join('; ');

/**
 * The checks of a credential that is not itself a badge but vouches for one — an endorsement, a learner record:
 * readable as a VC of `expectedType`, its proof, the key bound to its issuer (and no impersonation of a known one),
 * its status and its validity window at `now`. No recipient: it is not about the seeker.
 */
export async function verifyCredentialEnvelope(
  decoded: DecodedCredential,
  options: { registry: IssuerRegistry; now: Date; statusLists?: StatusLists },
  expectedType: { type: string; kind: string },
): Promise<EnvelopeVerification> {
  const kind = expectedType.kind;
  if (!types(decoded.credential.type).includes(expectedType.type)) {
    const format = checkResult('format', 'failed', 'missing_parts', { kind, problems: `type: must include ${expectedType.type}` });
    return { state: 'failed', checks: [format], facts: null, trust: null };
  }
  let facts: BadgeFacts;
  try {
    facts = envelopeFacts(decoded.credential);
  } catch (error) {
    const problems = error instanceof ZodError ? problemsOf(error) : String((error as Error)?.message ?? error);
    return { state: 'failed', checks: [checkResult('format', 'failed', 'missing_parts', { kind, problems })], facts: null, trust: null };
  }
  const format = checkResult('format', 'ok', 'readable', { kind, jwt: Boolean(decoded.jwt) });
  const proof = await checkProof(decoded, facts);
  const issuer = await checkIssuer(facts, proof.signer, options.registry);
  const status =
    proof.result.status === 'failed' ? checkResult('status', 'skipped', 'no_proof_ok') : await checkStatus(facts, options.now, options.statusLists);
  const checks = [format, proof.result, issuer.result, status, checkValidity(facts, options.now)];
  return { state: overallState(checks), checks, facts, trust: issuer.trust };
}
