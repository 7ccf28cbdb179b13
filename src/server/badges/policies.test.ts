import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { assertOwnsBadge, canViewCv, checksForOthers } from './policies';

const person = (id: string, extra: Partial<Viewer> = {}): Viewer => ({ id, email: `${id}@x.test`, name: id, emailVerified: true, isAdmin: false, cvId: null, orgs: [], ...extra });
const seeker = person('seeker', { cvId: 'cv' });
const otherSeeker = person('other', { cvId: 'cv2' });
const employer = person('employer', { orgs: [{ id: 'o', name: 'O', slug: 'o', role: 'member' }] });
const admin = person('admin', { isAdmin: true });

describe('canViewCv — anonymous, seekers, employers, admins × public, employers-only, hidden', () => {
  it.each([
    ['public', [true, true, true, true, true]],
    ['employers', [false, true, false, true, true]],
    ['hidden', [false, true, false, false, true]],
  ] as const)('%s CV', (visibility, expected) => {
    const cv = { userId: 'seeker', visibility };
    expect([null, seeker, otherSeeker, employer, admin].map((viewer) => canViewCv(viewer, cv))).toEqual(expected);
  });
});

describe('assertOwnsBadge', () => {
  it('lets the owner through and tells anyone else the badge is not theirs', () => {
    expect(() => assertOwnsBadge(seeker, { userId: 'seeker' })).not.toThrow();
    expect(() => assertOwnsBadge(employer, { userId: 'seeker' })).toThrowError('This badge is not on your CV.');
  });
});

describe('checksForOthers', () => {
  it('keeps every verdict but never shows others the address a badge was issued to', () => {
    const checks = [
      { check: 'proof' as const, status: 'ok' as const, reason: 'The eddsa-rdfc-2022 proof is valid.' },
      { check: 'recipient' as const, status: 'ok' as const, reason: 'Issued to morag@example.test, a verified address of yours.' },
    ];
    const shown = checksForOthers(checks);
    expect(shown[0]).toEqual(checks[0]);
    expect(shown[1]).toMatchObject({ check: 'recipient', status: 'ok' });
    expect(JSON.stringify(shown)).not.toContain('morag@example.test');
  });
});
