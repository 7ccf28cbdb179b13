import 'server-only';
import { ZodError } from 'zod';
import { checkResult, overallState, type CheckResult, type VerificationReport } from '@/lib/verification/model';
import { AppError } from '@/server/errors';
import type { IssuerRegistry } from '@/server/issuers/issuer-registry';
import type { DecodedCredential } from '../parse/decode-credential';
import { BOUND_ISSUER_CODES, checkIssuer, recheckIssuerStanding, type IssuerCheck } from './check-issuer';
import { checkProof } from './check-proof';
import { checkRecipient, type SeekerIdentity } from './check-recipient';
import { schemaFindings } from './check-schema';
import { checkStatus } from './check-status';
import type { StatusLists } from './status-lists';
import { checkValidity } from './check-validity';
import { verifyEndorsements } from './verify-endorsements';
import type { BadgeFacts } from './facts';
import { readOb2 } from './read-ob2';
import { readOb3 } from './read-ob3';

export type VerifyOptions = {
  /** Whom the credential must be about; null = nobody in particular (support staff checking a file): the recipient check is skipped. */
  seeker: SeekerIdentity | null;
  registry: IssuerRegistry;
  now: Date;
  /** The report of an earlier check of the same bytes: its proof and key binding cannot change, so they are reused. */
  previous?: VerificationReport;
  /** Where status lists are read from: a re-verification batch passes one memo for all its badges. Default: the fetcher. */
  statusLists?: StatusLists;
};

export type Verification = { facts: BadgeFacts; report: VerificationReport; recipientBound: string | null };

const kindOf = (decoded: DecodedCredential) => decoded.format;

/** Reads the facts, or refuses the input with what is missing (nothing gets stored). */
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

function formatCheck(decoded: DecodedCredential): CheckResult {
  const { violations, notes } = schemaFindings(decoded);
  const [first] = violations;
  if (first) {
    return checkResult('format', 'failed', first.code ?? 'schema', {
      kind: kindOf(decoded),
      path: first.path,
      message: first.message,
      count: violations.length,
      ...first.params,
    });
  }
  return checkResult('format', 'ok', 'readable', { kind: kindOf(decoded), jwt: Boolean(decoded.jwt) }, notes);
}

const reusable = (result: CheckResult | undefined): result is CheckResult => Boolean(result && result.status !== 'skipped' && result.code !== 'network');

/** Proof and issuer: reused from an earlier check of the same bytes when that one got an answer, else checked now. */
async function proofAndIssuer(decoded: DecodedCredential, facts: BadgeFacts, options: VerifyOptions): Promise<{ proof: CheckResult; issuer: IssuerCheck }> {
  const previousProof = options.previous?.checks.find((c) => c.check === 'proof');
  const previousIssuer = options.previous?.checks.find((c) => c.check === 'issuer');
  if (reusable(previousProof) && reusable(previousIssuer) && previousProof.status !== 'failed') {
    if (BOUND_ISSUER_CODES.has(previousIssuer.code)) return { proof: previousProof, issuer: await recheckIssuerStanding(facts, options.registry) };
    if (previousIssuer.status === 'failed')
      return { proof: previousProof, issuer: { result: previousIssuer, trust: (await checkIssuer(facts, null, options.registry)).trust } };
  }
  const checked = await checkProof(decoded, facts);
  return { proof: checked.result, issuer: await checkIssuer(facts, checked.signer, options.registry) };
}

/** Runs the six checks; each result is a code with its parameters, rendered into words at the edge. */
export async function verifyCredential(decoded: DecodedCredential, options: VerifyOptions): Promise<Verification> {
  const facts = await readFacts(decoded);
  const format = formatCheck(decoded);
  // Endorsements are checked alongside (each on its own) and never change the badge's state.
  const endorsements = decoded.format === 'ob3' ? verifyEndorsements(decoded.credential, options) : Promise.resolve([]);
  const { proof, issuer } = await proofAndIssuer(decoded, facts, options);
  const status = proof.status === 'failed' ? checkResult('status', 'skipped', 'no_proof_ok') : await checkStatus(facts, options.now, options.statusLists);
  const validity = checkValidity(facts, options.now);
  const recipient = checkRecipient(facts, options.seeker);
  const checks = [format, proof, issuer.result, status, validity, recipient.result];
  const endorsed = await endorsements;
  const report: VerificationReport = {
    state: overallState(checks),
    checks,
    checkedAt: options.now.toISOString(),
    issuer: issuer.trust,
    ...(endorsed.length ? { endorsements: endorsed } : {}),
  };
  return { facts, report, recipientBound: recipient.bound };
}
