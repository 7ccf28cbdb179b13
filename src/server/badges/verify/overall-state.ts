import type { CheckResult, VerificationReport } from '@/server/db/schema';

type State = VerificationReport['state'];

/**
 * One state from the checks: a broken proof or issuer binding is `failed` whatever else holds;
 * then revoked, expired, any other failure; `unverified` when something could not be checked
 * (network, an address not yet verified); else `verified`. Warnings (untrusted issuer) do not block.
 */
const BLOCKING_SKIPS = new Set(['network', 'unverified_identity', 'no_proof']);

/** The check that decided a non-verified state (a failure first, else what could not be checked), for one-line explanations. */
export function decisiveCheck(checks: CheckResult[]): CheckResult | null {
  return checks.find((c) => c.status === 'failed') ?? checks.find((c) => c.status === 'skipped' && BLOCKING_SKIPS.has(c.code ?? '')) ?? null;
}

export function overallState(checks: CheckResult[]): State {
  const failedWith = (check: CheckResult['check'], code?: string) => checks.some((c) => c.check === check && c.status === 'failed' && (!code || c.code === code));
  if (failedWith('format') || failedWith('proof') || failedWith('issuer')) return 'failed';
  if (failedWith('status', 'revoked')) return 'revoked';
  if (failedWith('validity', 'expired')) return 'expired';
  if (checks.some((c) => c.status === 'failed')) return 'failed';
  if (checks.some((c) => c.status === 'skipped' && BLOCKING_SKIPS.has(c.code ?? ''))) return 'unverified';
  return 'verified';
}
