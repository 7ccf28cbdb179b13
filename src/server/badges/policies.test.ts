import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { assertOwnsBadge, canViewCv } from './policies';

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
