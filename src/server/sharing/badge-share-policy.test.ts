import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { canViewSharedBadge, effectiveShareVisibility, listedInEmbed } from './badge-share-policy';

const owner = { id: 'u1', isAdmin: false, orgs: [] } as unknown as Viewer;
const employer = { id: 'u2', isAdmin: false, orgs: [{ id: 'o1' }] } as unknown as Viewer;
const seeker = { id: 'u3', isAdmin: false, orgs: [] } as unknown as Viewer;
const verifiedOnce = new Date('2026-01-01T00:00:00Z');

describe('badge share policy', () => {
  it('follows the CV by default and the seeker’s choice otherwise', () => {
    expect(effectiveShareVisibility({ shareVisibility: 'default' }, { visibility: 'employers' })).toBe('employers');
    expect(effectiveShareVisibility({ shareVisibility: 'public' }, { visibility: 'hidden' })).toBe('public');
    expect(effectiveShareVisibility({ shareVisibility: 'private' }, { visibility: 'public' })).toBe('hidden');
  });

  it('opens a public page to anyone, an employers-only page to employers, a private page to its owner', () => {
    const cv = { userId: 'u1', visibility: 'employers' as const };
    const page = { shareVisibility: 'default' as const, verifiedAt: verifiedOnce };
    expect(canViewSharedBadge(null, cv, page)).toBe(false);
    expect(canViewSharedBadge(seeker, cv, page)).toBe(false);
    expect(canViewSharedBadge(employer, cv, page)).toBe(true);
    expect(canViewSharedBadge(null, cv, { ...page, shareVisibility: 'public' })).toBe(true);
    expect(canViewSharedBadge(employer, cv, { ...page, shareVisibility: 'private' })).toBe(false);
    expect(canViewSharedBadge(owner, cv, { ...page, shareVisibility: 'private' })).toBe(true);
  });

  it('never shows others a badge that has not verified once', () => {
    const cv = { userId: 'u1', visibility: 'public' as const };
    expect(canViewSharedBadge(null, cv, { shareVisibility: 'public', verifiedAt: null })).toBe(false);
    expect(canViewSharedBadge(owner, cv, { shareVisibility: 'public', verifiedAt: null })).toBe(true);
  });

  it('embeds verified, publicly shared badges only', () => {
    expect(listedInEmbed({ visibility: 'public' }, { shareVisibility: 'default', state: 'verified' })).toBe(true);
    expect(listedInEmbed({ visibility: 'public' }, { shareVisibility: 'default', state: 'revoked' })).toBe(false);
    expect(listedInEmbed({ visibility: 'employers' }, { shareVisibility: 'default', state: 'verified' })).toBe(false);
    expect(listedInEmbed({ visibility: 'employers' }, { shareVisibility: 'public', state: 'verified' })).toBe(true);
  });
});
