import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, checkResult, overallState, verificationLevel, type CheckName, type CheckResult } from './model';
import { knownCodes, renderCheck, renderReason } from './render';

const r = (check: CheckName, status: CheckResult['status'], code: string) => checkResult(check, status, code);
const all = (...changes: CheckResult[]) => CHECK_NAMES.map((check) => changes.find((c) => c.check === check) ?? r(check, 'ok', 'fine'));

describe('overallState', () => {
  it('is verified when every check is ok, even with an unknown issuer, no status list or no recipient to compare', () => {
    expect(overallState(all(r('issuer', 'warning', 'unknown'), r('status', 'skipped', 'not_applicable'), r('recipient', 'skipped', 'not_checked')))).toBe(
      'verified',
    );
  });
  it('is failed when the proof fails, even if also revoked', () => {
    expect(overallState(all(r('proof', 'failed', 'invalid_signature'), r('status', 'failed', 'revoked')))).toBe('failed');
  });
  it('is failed for impersonation, whatever else holds', () => {
    expect(overallState(all(r('issuer', 'failed', 'impersonation'), r('validity', 'failed', 'expired')))).toBe('failed');
  });
  it('names revocation before expiry', () => {
    expect(overallState(all(r('status', 'failed', 'revoked'), r('validity', 'failed', 'expired')))).toBe('revoked');
  });
  it('is expired when only the validity window has passed', () => {
    expect(overallState(all(r('validity', 'failed', 'expired')))).toBe('expired');
  });
  it('is failed for a suspended, future-dated or someone else’s badge', () => {
    for (const change of [r('status', 'failed', 'suspended'), r('validity', 'failed', 'not_yet_valid'), r('recipient', 'failed', 'other_recipient')]) {
      expect(overallState(all(change))).toBe('failed');
    }
  });
  it('is unverified when something could not be checked', () => {
    expect(overallState(all(r('status', 'skipped', 'network')))).toBe('unverified');
    expect(overallState(all(r('recipient', 'skipped', 'unverified_identity')))).toBe('unverified');
  });
});

describe('verificationLevel', () => {
  const issuer = { id: 'did:key:z6Mk', claimedName: 'X', knownName: null, domains: [], source: null };
  it('tells a known issuer from an unknown one, only for verified badges', () => {
    expect(verificationLevel({ state: 'verified', issuer: { ...issuer, known: true } })).toBe('known_issuer');
    expect(verificationLevel({ state: 'verified', issuer: { ...issuer, known: false } })).toBe('unknown_issuer');
    expect(verificationLevel({ state: 'failed', issuer: { ...issuer, known: true } })).toBeNull();
  });
});

describe('checkResult', () => {
  it('turns an ok with notes into a warning, keeping its code', () => {
    expect(checkResult('proof', 'ok', 'valid', {}, [{ code: 'legacy_suite', params: { suite: 'eddsa-2022' } }])).toMatchObject({
      status: 'warning',
      code: 'valid',
    });
  });
});

describe('renderReason', () => {
  it('renders every known code without throwing, for both audiences', () => {
    for (const [check, codes] of Object.entries(knownCodes())) {
      for (const code of codes) {
        for (const audience of ['owner', 'others'] as const) expect(renderReason({ check: check as CheckName, code, params: {} }, audience)).toMatch(/\S/);
      }
    }
  });
  it('never shows the owner’s address to others', () => {
    const bound = checkResult('recipient', 'ok', 'bound', { kind: 'email', identity: 'morag@example.test' });
    expect(renderReason(bound, 'owner')).toContain('morag@example.test');
    expect(renderReason(bound, 'others')).not.toContain('morag@example.test');
  });
  it('names whom an impersonator imitates', () => {
    const text = renderCheck(
      checkResult('issuer', 'failed', 'impersonation', {
        by: 'name',
        id: 'did:key:z6MkFake',
        claimedName: 'Forth Valley College',
        imitates: 'did:web:forthvalley.example',
        imitatesName: 'Forth Valley College',
      }),
    ).reason;
    expect(text).toContain('did:web:forthvalley.example');
    expect(text).toContain('did:key:z6MkFake');
  });
  it('says plainly when a code is not known to this version', () => {
    expect(renderReason({ check: 'proof', code: 'from_the_future', params: {} })).toBe('proof check: from the future.');
  });
});
