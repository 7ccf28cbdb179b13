import { describe, expect, it } from 'vitest';
import { createViewerMemo } from './recent-viewers';
import type { Viewer } from './viewer';

const ailsa: Viewer = { id: 'u1', email: 'ailsa@example.test', name: 'Ailsa', emailVerified: true, isAdmin: false, cvId: 'cv1', orgs: [] };
const remember = (memo: ReturnType<typeof createViewerMemo>, sessionId: string, at: number, expiresAt = Infinity) =>
  memo.set(sessionId, { userId: ailsa.id, viewer: ailsa, at, expiresAt }, memo.ticket());

describe('the viewer memo', () => {
  it('answers for a session within its time to live, and asks again after it', () => {
    const memo = createViewerMemo({ ttlMs: 2_000, maxEntries: 10 });
    remember(memo, 's1', 1_000);
    expect(memo.get('s1', 'u1', 2_999)).toEqual(ailsa);
    expect(memo.get('s1', 'u1', 3_000)).toBeUndefined();
    expect(memo.get('s2', 'u1', 1_500)).toBeUndefined();
  });

  it('never answers past the session’s expiry, nor for a token naming another person', () => {
    const memo = createViewerMemo({ ttlMs: 2_000, maxEntries: 10 });
    remember(memo, 's1', 1_000, 1_500);
    expect(memo.get('s1', 'u1', 1_499)).toEqual(ailsa);
    expect(memo.get('s1', 'u1', 1_500)).toBeUndefined();
    remember(memo, 's2', 1_000);
    expect(memo.get('s2', 'someone-else', 1_100)).toBeUndefined();
  });

  it('forgets one session, or every session of a person, at once', () => {
    const memo = createViewerMemo({ ttlMs: 2_000, maxEntries: 10 });
    remember(memo, 's1', 0);
    remember(memo, 's2', 0);
    memo.set('s3', { userId: 'u2', viewer: null, at: 0, expiresAt: Infinity }, memo.ticket());
    memo.forgetSession('s1');
    expect(memo.get('s1', 'u1', 1)).toBeUndefined();
    expect(memo.get('s2', 'u1', 1)).toEqual(ailsa);
    memo.forgetUser('u1');
    expect(memo.get('s2', 'u1', 1)).toBeUndefined();
    expect(memo.get('s3', 'u2', 1)).toBeNull();
  });

  it('does not remember a read that began before a revocation', () => {
    const memo = createViewerMemo({ ttlMs: 2_000, maxEntries: 10 });
    const ticket = memo.ticket();
    memo.forgetSession('s1'); // the revocation lands while the read is in flight
    memo.set('s1', { userId: 'u1', viewer: ailsa, at: 0, expiresAt: Infinity }, ticket);
    expect(memo.get('s1', 'u1', 1)).toBeUndefined();
  });

  it('stays bounded', () => {
    const memo = createViewerMemo({ ttlMs: 2_000, maxEntries: 2 });
    remember(memo, 's1', 0);
    remember(memo, 's2', 0);
    remember(memo, 's3', 0);
    expect(memo.get('s1', 'u1', 1)).toBeUndefined();
    expect(memo.get('s3', 'u1', 1)).toEqual(ailsa);
  });
});
