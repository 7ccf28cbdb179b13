// The `Problem` component of the API document describes what `toProblem` really writes, for every code.
import { describe, expect, it } from 'vitest';
import { AppError, errorCodes, toProblem } from '@/server/errors';
import { problemSchema } from './problem-schema';

describe('problemSchema', () => {
  it('holds every problem toProblem makes, with field errors and extensions', () => {
    for (const code of errorCodes) {
      const problem = toProblem(
        new AppError(code, 'What happened and what to do.', { fields: { 'req.0': ['Unknown skill code X'] }, requiredScope: 'search' }),
        {
          origin: 'https://badgeboard.example',
          instance: '/api/v1/candidates/search',
        },
      );
      const sent = JSON.parse(JSON.stringify(problem)) as unknown;
      expect(problemSchema.parse(sent)).toEqual(sent);
    }
  });

  it('refuses a code that is not one of ours', () => {
    expect(problemSchema.safeParse({ type: '/developers#problem-x', title: 'X', status: 400, detail: 'x', code: 'x:y' }).success).toBe(false);
  });
});
