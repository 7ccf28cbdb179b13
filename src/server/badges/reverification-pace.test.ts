import { describe, expect, it } from 'vitest';
import { CATCH_UP, HEADROOM, MAX_GAP_MS, MIN_GAP_MS, reverificationPace } from './reverification-pace';

const DAY = 24 * 60 * 60_000;

describe('reverificationPace', () => {
  it('at bench size (370,000 badges, daily, batches of 200): a batch every ~37 s, ahead of the 4.3 badges/s that come due', () => {
    const pace = reverificationPace({ totalBadges: 370_000, intervalMs: DAY, batchSize: 200, backlog: false });
    expect(pace.duePerSecond).toBeCloseTo(4.28, 2);
    expect(pace.gapMs).toBe(37_362);
    // Checked per day at that pace, against the badges that come due per day.
    expect((200 * DAY) / pace.gapMs).toBeGreaterThanOrEqual(370_000 * HEADROOM * 0.999);
  });

  it('catches up CATCH_UP times faster while more is due than a batch takes', () => {
    const steady = reverificationPace({ totalBadges: 370_000, intervalMs: DAY, batchSize: 200, backlog: false });
    const behind = reverificationPace({ totalBadges: 370_000, intervalMs: DAY, batchSize: 200, backlog: true });
    expect(steady.gapMs / behind.gapMs).toBeCloseTo(CATCH_UP / HEADROOM, 2);
  });

  it('grows with the number of badges and shrinks with a longer interval or a bigger batch', () => {
    const gap = (totalBadges: number, intervalMs = DAY, batchSize = 200) => reverificationPace({ totalBadges, intervalMs, batchSize, backlog: false }).gapMs;
    expect(gap(800_000)).toBeLessThan(gap(400_000));
    expect(gap(800_000, 2 * DAY)).toBe(gap(400_000));
    expect(gap(800_000, DAY, 400)).toBe(gap(400_000));
  });

  it('stays between one second and one minute: a small site still looks every minute, a huge one never spins', () => {
    expect(reverificationPace({ totalBadges: 0, intervalMs: DAY, batchSize: 200, backlog: true }).gapMs).toBe(MAX_GAP_MS);
    expect(reverificationPace({ totalBadges: 1_000, intervalMs: DAY, batchSize: 200, backlog: true }).gapMs).toBe(MAX_GAP_MS);
    expect(reverificationPace({ totalBadges: 100_000_000, intervalMs: DAY, batchSize: 200, backlog: true }).gapMs).toBe(MIN_GAP_MS);
  });
});
