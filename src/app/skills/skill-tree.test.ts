import { describe, expect, it } from 'vitest';
import { visibleRows } from './skill-tree';

const rows = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}` }));

describe('which rows of the skills tree are shown', () => {
  it('shows everything when nothing is selected', () => {
    expect(visibleRows(rows(40), [], 0)).toEqual({ rows: rows(40), hidden: 0 });
  });

  it('shows only the branch taken above the selected concept', () => {
    const top = rows(8, 't');
    expect(visibleRows(top, ['t3', 'g1', 's9'], 0)).toEqual({ rows: [{ key: 't3' }], hidden: 7 });
  });

  it('folds a long list of siblings to the selected one and its neighbours, keeping short lists whole', () => {
    const siblings = rows(120, 's');
    const { rows: shown, hidden } = visibleRows(siblings, ['t3', 's60'], 1);
    expect(shown.map((r) => r.key)).toEqual(['s55', 's56', 's57', 's58', 's59', 's60', 's61', 's62', 's63', 's64', 's65']);
    expect(hidden).toBe(109);
    expect(visibleRows(siblings, ['t3', 's1'], 1).rows[0]).toEqual({ key: 's0' });
    expect(visibleRows(siblings, ['t3', 's119'], 1).rows.at(-1)).toEqual({ key: 's119' });
    expect(visibleRows(rows(15, 's'), ['t3', 's2'], 1).hidden).toBe(0);
  });

  it('lists a selected concept’s children in full', () => {
    expect(visibleRows(rows(200, 'c'), ['t3', 's60'], 2).hidden).toBe(0);
  });
});
