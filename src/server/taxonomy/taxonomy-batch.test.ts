import { describe, expect, it } from 'vitest';
import { primaryPaths, searchTextOf } from './taxonomy-batch';

describe('primaryPaths', () => {
  const notations = new Map<string, string | null>([
    ['S', 'S'],
    ['S5', 'S5'],
    ['K', 'K'],
    ['0613', '0613'],
    ['programming', null],
    ['python', null],
  ]);
  const edges = [
    { conceptKey: 'python', broaderKey: '0613' },
    { conceptKey: '0613', broaderKey: 'K' },
    { conceptKey: 'python', broaderKey: 'programming' },
    { conceptKey: 'programming', broaderKey: 'S5' },
    { conceptKey: 'S5', broaderKey: 'S' },
  ];

  it('prefers the skills pillar over the knowledge branch, even when longer', () => {
    expect(primaryPaths(['python'], edges, notations).get('python')).toEqual(['programming', 'S5', 'S']);
  });

  it('gives top concepts an empty path and survives a cycle in the data', () => {
    const paths = primaryPaths(['S', 'a'], [...edges, { conceptKey: 'a', broaderKey: 'b' }, { conceptKey: 'b', broaderKey: 'a' }], notations);
    expect(paths.get('S')).toEqual([]);
    expect(paths.get('a')).toEqual(['b']);
  });
});

describe('searchTextOf', () => {
  it('joins label, alternative labels, notation and code in lower case', () => {
    expect(searchTextOf({ label: 'Python', altLabels: ['Python 3'], notation: null, code: 'skill/x' })).toBe('python | python 3 | skill/x');
  });
});
