import type { CheckResult } from '@/server/db/schema';
import type { BadgeFacts } from './facts';

const CLOCK_SKEW_MS = 5 * 60_000;
const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** Issued not in the future, and not expired. */
export function checkValidity(facts: Pick<BadgeFacts, 'issuedAt' | 'expiresAt'>, now = new Date()): CheckResult {
  const issued = facts.issuedAt ? Date.parse(facts.issuedAt) : NaN;
  const expires = facts.expiresAt ? Date.parse(facts.expiresAt) : null;
  if (facts.issuedAt && Number.isNaN(issued)) return { check: 'validity', status: 'failed', reason: `The issue date "${facts.issuedAt}" is not a date.`, code: 'bad_date' };
  if (expires !== null && Number.isNaN(expires)) return { check: 'validity', status: 'failed', reason: `The expiry date "${facts.expiresAt}" is not a date.`, code: 'bad_date' };
  if (issued > now.getTime() + CLOCK_SKEW_MS) return { check: 'validity', status: 'failed', reason: `Dated in the future (valid from ${day(facts.issuedAt!)}).`, code: 'not_yet_valid' };
  if (expires !== null && expires <= now.getTime()) return { check: 'validity', status: 'failed', reason: `Expired on ${day(facts.expiresAt!)}.`, code: 'expired' };
  return {
    check: 'validity',
    status: 'ok',
    reason: expires !== null ? `Valid until ${day(facts.expiresAt!)}.` : facts.issuedAt ? `Issued ${day(facts.issuedAt)}; it does not expire.` : 'It does not expire.',
  };
}
