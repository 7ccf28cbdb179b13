import { describe, expect, it } from 'vitest';
import { nextCheckAt, reverificationSettings } from './reverification-settings';

const HOUR = 60 * 60_000;
const checkedAt = new Date('2026-06-01T12:00:00Z');

describe('reverificationSettings', () => {
  it('turns the environment into milliseconds and a batch size', () => {
    expect(reverificationSettings({ REVERIFY_INTERVAL_HOURS: 24, REVERIFY_BATCH_SIZE: 200 })).toEqual({
      intervalMs: 24 * HOUR,
      batchSize: 200,
      concurrency: 4,
    });
    expect(reverificationSettings({ REVERIFY_INTERVAL_HOURS: 0.5, REVERIFY_BATCH_SIZE: 10 }).intervalMs).toBe(HOUR / 2);
  });
});

describe('nextCheckAt', () => {
  it('an interval after the last check', () => {
    expect(nextCheckAt({ checkedAt, expiresAt: null, state: 'verified' }, 24 * HOUR)).toEqual(new Date('2026-06-02T12:00:00Z'));
  });

  it('at its expiry when a verified badge expires sooner; not for a badge no longer shown as verified', () => {
    const expiresAt = new Date('2026-06-01T18:00:00Z');
    expect(nextCheckAt({ checkedAt, expiresAt, state: 'verified' }, 24 * HOUR)).toEqual(expiresAt);
    expect(nextCheckAt({ checkedAt, expiresAt, state: 'unverified' }, 24 * HOUR)).toEqual(new Date('2026-06-02T12:00:00Z'));
    expect(nextCheckAt({ checkedAt, expiresAt: new Date('2026-07-01T00:00:00Z'), state: 'verified' }, 24 * HOUR)).toEqual(new Date('2026-06-02T12:00:00Z'));
  });

  it('made due by a registry change (checked_at at the epoch): a moment long past, shown as due now', () => {
    expect(nextCheckAt({ checkedAt: new Date(0), expiresAt: null, state: 'verified' }, 24 * HOUR).getTime()).toBe(24 * HOUR);
  });
});
