import 'server-only';
import { checkResult, type CheckResult } from '@/lib/verification/model';
import type { BadgeFacts } from './facts';

const CLOCK_SKEW_MS = 5 * 60_000;

/** Issued not in the future, and not expired. */
export function checkValidity(facts: Pick<BadgeFacts, 'issuedAt' | 'expiresAt'>, now: Date): CheckResult {
  const issued = facts.issuedAt ? Date.parse(facts.issuedAt) : NaN;
  const expires = facts.expiresAt ? Date.parse(facts.expiresAt) : null;
  if (facts.issuedAt && Number.isNaN(issued)) return checkResult('validity', 'failed', 'bad_date', { field: 'issue date', value: facts.issuedAt });
  if (expires !== null && Number.isNaN(expires)) return checkResult('validity', 'failed', 'bad_date', { field: 'expiry date', value: facts.expiresAt });
  if (issued > now.getTime() + CLOCK_SKEW_MS) return checkResult('validity', 'failed', 'not_yet_valid', { from: facts.issuedAt });
  if (expires !== null && expires <= now.getTime()) return checkResult('validity', 'failed', 'expired', { on: facts.expiresAt });
  return expires !== null
    ? checkResult('validity', 'ok', 'valid_until', { until: facts.expiresAt })
    : checkResult('validity', 'ok', 'no_expiry', { issued: facts.issuedAt });
}
