import { ZodError } from 'zod';
import type { CheckResult, VerificationReport } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { DecodedCredential } from '../parse/decode-credential';
import { checkIssuer } from './check-issuer';
import { checkProof } from './check-proof';
import { checkRecipient, type SeekerIdentity } from './check-recipient';
import { checkStatus } from './check-status';
import { checkValidity } from './check-validity';
import type { BadgeFacts } from './facts';
import { overallState } from './overall-state';
import { readOb2 } from './read-ob2';
import { readOb3 } from './read-ob3';

export type VerifyOptions = {
  seeker: SeekerIdentity;
  isTrustedIssuer: (issuerId: string) => boolean | Promise<boolean>;
  now?: Date;
  /** Proof and issuer results of an earlier check of the same bytes: they cannot change, so they are reused. */
  previous?: VerificationReport;
};

export type Verification = { facts: BadgeFacts; report: VerificationReport; recipientBound: string | null };

/** Format check: reads the facts, or refuses the input with what is missing (nothing gets stored). */
export async function readFacts(decoded: DecodedCredential): Promise<BadgeFacts> {
  try {
    return decoded.format === 'ob3' ? readOb3(decoded.credential) : await readOb2(decoded.credential);
  } catch (error) {
    if (error instanceof ZodError) {
      const problems = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'the credential'}: ${issue.message}`);
      const kind = decoded.format === 'ob3' ? 'Open Badges 3.0 credential' : 'Open Badges 2.0 assertion';
      throw new AppError('input:invalid', `This ${kind} is missing required parts (${problems.join('; ')}). Ask the issuer for a complete badge.`);
    }
    if (error instanceof AppError) throw error;
    throw new AppError('input:invalid', `This badge could not be read: ${(error as Error).message}`);
  }
}

const reusable = (result: CheckResult | undefined) => result && result.status !== 'skipped' && result.code !== 'network';

/** Runs the six checks; each is reported separately with a reason a person understands. */
export async function verifyCredential(decoded: DecodedCredential, options: VerifyOptions): Promise<Verification> {
  const facts = await readFacts(decoded);
  const formatResult: CheckResult = {
    check: 'format',
    status: 'ok',
    reason: `${decoded.format === 'ob3' ? 'Open Badges 3.0 credential' : 'Open Badges 2.0 assertion'}${decoded.jwt ? ' (JWT)' : ''} with all required fields.`,
  };
  const previousProof = options.previous?.checks.find((c) => c.check === 'proof');
  const previousIssuer = options.previous?.checks.find((c) => c.check === 'issuer');
  let proof: CheckResult;
  let issuer: CheckResult;
  if (reusable(previousProof) && reusable(previousIssuer) && previousProof!.status === 'ok') {
    proof = previousProof!;
    const trusted = await options.isTrustedIssuer(facts.issuer.id);
    issuer = previousIssuer!.status === 'failed' ? previousIssuer! : checkIssuerTrust(previousIssuer!, facts, trusted);
  } else {
    const checked = await checkProof(decoded, facts);
    proof = checked.result;
    issuer = checkIssuer(facts, checked.signer, await options.isTrustedIssuer(facts.issuer.id));
  }
  const status = proof.status === 'failed' ? skippedAfterProof('status') : await checkStatus(facts);
  const validity = checkValidity(facts, options.now);
  const recipient = checkRecipient(facts, options.seeker);
  const checks = [formatResult, proof, issuer, status, validity, recipient.result];
  return { facts, report: { state: overallState(checks), checks, checkedAt: (options.now ?? new Date()).toISOString() }, recipientBound: recipient.bound };
}

function skippedAfterProof(check: 'status'): CheckResult {
  return { check, status: 'skipped', reason: 'Not checked: the proof failed, so the status list cannot speak for this copy.', code: 'no_proof_ok' };
}

/** An issuer result reused from an earlier check, with the trusted-list part brought up to date. */
function checkIssuerTrust(previous: CheckResult, facts: BadgeFacts, trusted: boolean): CheckResult {
  const binding = previous.reason.split(` ${facts.issuer.name} is`)[0]!;
  return trusted
    ? { check: 'issuer', status: 'ok', reason: `${binding} ${facts.issuer.name} is on Badgeboard's trusted issuer list.` }
    : { check: 'issuer', status: 'warning', reason: `${binding} ${facts.issuer.name} is not on Badgeboard's trusted issuer list: judge the issuer yourself.`, code: 'untrusted' };
}
