import { describe, expect, it } from 'vitest';
import type { CheckResult } from '@/server/db/schema';
import { overallState } from './overall-state';

const ok = (check: CheckResult['check']): CheckResult => ({ check, status: 'ok', reason: '' });
const all = (...changes: CheckResult[]) => (['format', 'proof', 'issuer', 'status', 'validity', 'recipient'] as const).map((check) => changes.find((c) => c.check === check) ?? ok(check));

describe('overallState', () => {
  it('is verified when every check is ok, even with an untrusted issuer or no status list', () => {
    expect(overallState(all({ check: 'issuer', status: 'warning', reason: '', code: 'untrusted' }, { check: 'status', status: 'skipped', reason: '', code: 'not_applicable' }))).toBe('verified');
  });
  it('is failed when the proof fails, even if also revoked', () => {
    expect(overallState(all({ check: 'proof', status: 'failed', reason: '' }, { check: 'status', status: 'failed', reason: '', code: 'revoked' }))).toBe('failed');
  });
  it('names revocation before expiry', () => {
    expect(overallState(all({ check: 'status', status: 'failed', reason: '', code: 'revoked' }, { check: 'validity', status: 'failed', reason: '', code: 'expired' }))).toBe('revoked');
  });
  it('is expired when only the validity window has passed', () => {
    expect(overallState(all({ check: 'validity', status: 'failed', reason: '', code: 'expired' }))).toBe('expired');
  });
  it('is failed for a suspended, future-dated or someone else’s badge', () => {
    for (const change of [
      { check: 'status', status: 'failed', reason: '', code: 'suspended' },
      { check: 'validity', status: 'failed', reason: '', code: 'not_yet_valid' },
      { check: 'recipient', status: 'failed', reason: '', code: 'other_recipient' },
    ] as CheckResult[]) {
      expect(overallState(all(change))).toBe('failed');
    }
  });
  it('is unverified when something could not be checked', () => {
    expect(overallState(all({ check: 'status', status: 'skipped', reason: '', code: 'network' }))).toBe('unverified');
    expect(overallState(all({ check: 'recipient', status: 'skipped', reason: '', code: 'unverified_identity' }))).toBe('unverified');
  });
});
