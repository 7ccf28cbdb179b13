import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { assertOwnsBadge, canViewBadge, canViewCv } from './policies';

const person = (id: string, extra: Partial<Viewer> = {}): Viewer => ({
  id,
  email: `${id}@x.test`,
  name: id,
  emailVerified: true,
  isAdmin: false,
  cvId: null,
  orgs: [],
  ...extra,
});
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

describe('canViewBadge — failed, revoked and expired badges stay with their owner', () => {
  const cv = { userId: 'seeker', visibility: 'public' as const };
  it.each([
    ['verified', [true, true, true, true, true]],
    ['unverified', [true, true, true, true, true]],
    ['failed', [false, true, false, false, true]],
    ['revoked', [false, true, false, false, true]],
    ['expired', [false, true, false, false, true]],
  ] as const)('%s badge on a public CV', (state, expected) => {
    expect([null, seeker, otherSeeker, employer, admin].map((viewer) => canViewBadge(viewer, cv, { state }))).toEqual(expected);
  });

  it('a verified badge on a hidden CV is still its owner’s only', () => {
    const hidden = { userId: 'seeker', visibility: 'hidden' as const };
    expect([null, seeker, employer].map((viewer) => canViewBadge(viewer, hidden, { state: 'verified' }))).toEqual([false, true, false]);
  });
});

describe('an application shares the CV with the organisation it went to', () => {
  const hidden = { userId: 'seeker', visibility: 'hidden' as const };
  const applied = { appliedToViewerOrg: true };

  it('a hidden CV is shown to a member of that organisation, and to nobody else because of it', () => {
    expect(canViewCv(employer, hidden, applied)).toBe(true);
    expect(canViewCv(employer, hidden)).toBe(false);
    // The flag means nothing without a membership: a seeker or a stranger is never let in by it.
    expect(canViewCv(otherSeeker, hidden, applied)).toBe(false);
    expect(canViewCv(null, hidden, applied)).toBe(false);
  });

  it('its badges follow, but failed, revoked and expired ones still stay with the owner', () => {
    expect(canViewBadge(employer, hidden, { state: 'verified' }, applied)).toBe(true);
    expect(canViewBadge(employer, hidden, { state: 'unverified' }, applied)).toBe(true);
    expect(canViewBadge(employer, hidden, { state: 'failed' }, applied)).toBe(false);
    expect(canViewBadge(employer, hidden, { state: 'revoked' }, applied)).toBe(false);
    expect(canViewBadge(otherSeeker, hidden, { state: 'verified' }, applied)).toBe(false);
  });
});
