import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../errors';
import { cvUpdateSchema } from './schemas';

const valid = { headline: 'Junior data analyst', summary: '', location: 'Glasgow', visibility: 'employers' };

describe('cvUpdateSchema', () => {
  it('trims text and keeps a valid update', () => {
    expect(cvUpdateSchema.parse({ ...valid, headline: '  Junior data analyst ' }).headline).toBe('Junior data analyst');
  });

  it.each([
    ['empty', '   ', 'Add a headline, e.g. "Junior data analyst".'],
    ['10,000 characters', 'x'.repeat(10_000), 'Keep the headline to 120 characters; put the detail in your summary.'],
  ])('refuses a %s headline with a message that says what to do', (_label, headline, message) => {
    const result = cvUpdateSchema.safeParse({ ...valid, headline });
    expect(fieldErrors(result.error!)).toEqual({ headline: [message] });
  });

  it('refuses an unknown visibility', () => {
    const result = cvUpdateSchema.safeParse({ ...valid, visibility: 'everyone' });
    expect(fieldErrors(result.error!).visibility).toEqual(['Choose who can find your CV.']);
  });
});
