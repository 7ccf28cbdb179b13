/**
 * The verification report as stored, sent by the API and printed by the CLI. Pure data and pure functions:
 * shared by the server, the pages and the CLI. A check result carries a stable `code` and its `params`;
 * the sentence a person reads is rendered from them at the edge (see `render.ts`), never parsed back.
 */

export const CHECK_NAMES = ['format', 'proof', 'issuer', 'status', 'validity', 'recipient'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];
export type CheckStatus = 'ok' | 'failed' | 'warning' | 'skipped';
export const BADGE_STATES = ['verified', 'unverified', 'failed', 'revoked', 'expired'] as const;
export type BadgeState = (typeof BADGE_STATES)[number];

export type CheckParamValue = string | number | boolean | null | string[];
export type CheckParams = Record<string, CheckParamValue>;

/** A secondary finding inside a check (e.g. a SHOULD of a specification not met): shown, never decisive. */
export type CheckNote = { code: string; params: CheckParams };

export type CheckResult = {
  check: CheckName;
  status: CheckStatus;
  /** Stable machine code, unique within its check (e.g. `impersonation`, `revoked`, `invalid_signature`). */
  code: string;
  params: CheckParams;
  /** Warnings that did not decide the status. A result with notes and nothing failed has status `warning`. */
  notes?: CheckNote[];
};

/** Who the issuer is, as far as Badgeboard knows: an issuer is its id; a name in a credential is a claim. */
export type IssuerTrust = {
  id: string;
  /** The name the credential claims. */
  claimedName: string;
  /** In the known-issuer registry. */
  known: boolean;
  /** Registry name and domains, when known. */
  knownName: string | null;
  domains: string[];
  source: 'organisation' | 'admin' | 'registry' | null;
};

/** An endorsement credential carried inside a badge, verified on its own. */
export type EndorsementResult = { issuerId: string; issuerName: string; state: BadgeState; issuerKnown: boolean; comment: string | null };

export type VerificationReport = {
  state: BadgeState;
  checks: CheckResult[];
  checkedAt: string;
  /** Missing only in reports stored before the registry existed (they are re-checked). */
  issuer?: IssuerTrust;
  endorsements?: EndorsementResult[];
};

/** The two levels of "verified" an employer can rely on, or null when the badge is not verified. */
export type VerificationLevel = 'known_issuer' | 'unknown_issuer';

export function verificationLevel(report: Pick<VerificationReport, 'state' | 'issuer'>): VerificationLevel | null {
  if (report.state !== 'verified') return null;
  return report.issuer?.known ? 'known_issuer' : 'unknown_issuer';
}

export function checkResult(check: CheckName, status: CheckStatus, code: string, params: CheckParams = {}, notes?: CheckNote[]): CheckResult {
  const result: CheckResult = { check, status, code, params };
  if (notes?.length) {
    result.notes = notes;
    if (status === 'ok') result.status = 'warning';
  }
  return result;
}

/**
 * Codes of `skipped` results that keep a badge from being verified: something that should have been checked
 * could not be (the network, an address not verified yet, a proof that could not be checked).
 */
export const BLOCKING_SKIPS: ReadonlySet<string> = new Set(['network', 'unverified_identity', 'no_proof']);

/** The check that decided a non-verified state (a failure first, else what could not be checked). */
export function decisiveCheck(checks: CheckResult[]): CheckResult | null {
  return checks.find((c) => c.status === 'failed') ?? checks.find((c) => c.status === 'skipped' && BLOCKING_SKIPS.has(c.code)) ?? null;
}

/**
 * One state from the checks: a broken format, proof or issuer binding is `failed` whatever else holds;
 * then revoked, expired, any other failure; `unverified` when something could not be checked; else `verified`.
 * Warnings do not block. A `skipped` recipient check (no recipient to compare, as in the CLI) does not decide.
 */
export function overallState(checks: CheckResult[]): BadgeState {
  const failedWith = (check: CheckName, code?: string) => checks.some((c) => c.check === check && c.status === 'failed' && (!code || c.code === code));
  if (failedWith('format') || failedWith('proof') || failedWith('issuer')) return 'failed';
  if (failedWith('status', 'revoked')) return 'revoked';
  if (failedWith('validity', 'expired')) return 'expired';
  if (checks.some((c) => c.status === 'failed')) return 'failed';
  if (checks.some((c) => c.status === 'skipped' && BLOCKING_SKIPS.has(c.code))) return 'unverified';
  return 'verified';
}
