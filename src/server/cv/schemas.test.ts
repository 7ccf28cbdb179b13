import { describe, expect, it } from 'vitest';
import { NAME_KEYWORD_CHARS, ID_KEYWORD_CHARS } from '@/server/search/indices/bounded-keyword';
import { CV_TEXT_LIMITS, cvUpdateSchema } from './schemas';

const base = { headline: 'Junior data analyst', summary: '', location: 'Glasgow', visibility: 'employers' };
const messages = (input: Record<string, unknown>) => {
  const parsed = cvUpdateSchema.safeParse({ ...base, ...input });
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('CV length caps', () => {
  it('accepts each field at exactly its limit', () => {
    expect(
      messages({
        headline: 'h'.repeat(120),
        summary: 's'.repeat(4000),
        location: 'l'.repeat(120),
        claimedSkills: Array.from({ length: 30 }, () => 'k'.repeat(300)),
      }),
    ).toEqual([]);
  });

  it('refuses one character more, with a message that names the field and its limit', () => {
    expect(messages({ headline: 'h'.repeat(121) })).toEqual([['headline', 'Keep the headline to 120 characters; put the detail in your summary.']]);
    expect(messages({ summary: 's'.repeat(4001) })).toEqual([['summary', 'Keep the summary to 4,000 characters.']]);
    expect(messages({ location: 'l'.repeat(40_000) })).toEqual([['location', 'Keep the location to 120 characters, e.g. "Glasgow".']]);
    expect(messages({ claimedSkills: ['k'.repeat(301)] })).toEqual([
      ['claimedSkills.0', 'A claimed skill code is at most 300 characters. Pick the skill from the list.'],
    ]);
    expect(messages({ claimedSkills: Array.from({ length: 31 }, (_, i) => `k${i}`) })).toEqual([
      ['claimedSkills', 'Claim at most 30 skills; let your badges show the rest.'],
    ]);
  });

  it('counts after trimming, and keeps search keywords far inside the index bounds', () => {
    expect(messages({ headline: `  ${'h'.repeat(120)}  ` })).toEqual([]);
    expect(CV_TEXT_LIMITS.location).toBeLessThanOrEqual(NAME_KEYWORD_CHARS);
    expect(CV_TEXT_LIMITS.claimedSkill).toBeLessThanOrEqual(ID_KEYWORD_CHARS);
  });
});
