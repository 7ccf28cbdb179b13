import { describe, expect, it } from 'vitest';
import { readSkillsParams, rowHref, skillsHref } from './skills-url';

const S5 = 'http://data.europa.eu/esco/skill/243eb885-07c7-4b77-ab9c-827551d83dc4';

describe('skills URLs', () => {
  it('reads the first value of each parameter and drops blanks', () => {
    expect(readSkillsParams({ concept: [` ${S5} `, 'other'], q: '   ', via: undefined })).toEqual({ concept: S5, q: undefined, via: undefined });
  });
  it('leaves out an over-long value instead of failing the page', () => {
    expect(readSkillsParams({ q: 'x'.repeat(500) }).q).toBeUndefined();
  });
  it('names the parent in the link only when it is not the concept’s usual one', () => {
    expect(rowHref({ key: 'k:child', primaryBroaderKey: 'k:usual' }, 'k:usual')).toBe('/skills?concept=k%3Achild');
    expect(rowHref({ key: 'k:child', primaryBroaderKey: 'k:usual' }, 'k:other')).toBe('/skills?concept=k%3Achild&via=k%3Aother');
    expect(skillsHref({ via: 'k:x' })).toBe('/skills');
  });
});
