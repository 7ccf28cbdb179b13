import { describe, expect, it } from 'vitest';
import { describeCycle, type CycleReport } from './reverification-loop';

const report = (over: Omit<Partial<CycleReport>, 'batch'> & { batch?: Partial<CycleReport['batch']> } = {}): CycleReport => ({
  total: 370_412,
  due: 1_404,
  elapsedMs: 1_420,
  cpuMs: 311.6,
  gapMs: 37_362,
  ...over,
  batch: { ids: Array.from({ length: 200 }, (_, i) => `b${i}`), changed: 3, failed: 0, statusLists: { lists: 12, fetches: 4, proofs: 4 }, ...over.batch },
});

describe('describeCycle', () => {
  it('says in one line what the cycle did, what is left, and when the next one runs', () => {
    expect(describeCycle(report())).toBe(
      '[reverify] checked 200 (3 changed state) in 1.4 s, 312 ms CPU · 12 status lists (4 fetched) · 1,204 still due of 370,412 · next in 37 s',
    );
    expect(describeCycle(report({ due: 200, batch: { changed: 0, failed: 2, statusLists: { lists: 0, fetches: 0, proofs: 0 } } }))).toBe(
      '[reverify] checked 200 (2 failed) in 1.4 s, 312 ms CPU · none left due of 370,412 · next in 37 s',
    );
  });

  it('an idle cycle is one short line', () => {
    expect(describeCycle(report({ due: 0, gapMs: 60_000, batch: { ids: [] } }))).toBe('[reverify] none of 370,412 badges due · next in 60 s');
  });
});
