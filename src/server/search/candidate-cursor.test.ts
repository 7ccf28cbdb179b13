import { describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors';
import { decodeCandidateCursor, encodeCandidateCursor } from './candidate-cursor';

const refusal = (cursor: string, sort: 'relevance' | 'requirements' | 'recent') => {
  try {
    decodeCandidateCursor(cursor, sort);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, status: (error as AppError).status };
  }
  throw new Error('expected the cursor to be refused');
};
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the candidate search cursor', () => {
  it('round-trips the sort values of the sort it was made for', () => {
    expect(decodeCandidateCursor(encodeCandidateCursor('relevance', [1.5, 1767225600000, 'cv-1']), 'relevance')).toEqual([1.5, 1767225600000, 'cv-1']);
    expect(decodeCandidateCursor(encodeCandidateCursor('requirements', [2, 3, 'cv-2']), 'requirements')).toEqual([2, 3, 'cv-2']);
    // Elasticsearch's "missing last" value for a descending long sort is Long.MIN_VALUE.
    expect(decodeCandidateCursor(encodeCandidateCursor('recent', [-(2 ** 63), 'cv-3']), 'recent')).toEqual([-(2 ** 63), 'cv-3']);
  });

  it('is refused (400 search:bad_cursor) when replayed against another sort', () => {
    expect(refusal(encodeCandidateCursor('relevance', [1, 2, 'cv']), 'recent')).toEqual({ code: 'search:bad_cursor', status: 400 });
    expect(refusal(encodeCandidateCursor('relevance', [1, 2, 'cv']), 'requirements')).toEqual({ code: 'search:bad_cursor', status: 400 });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['an empty string', ''],
    ['a bare array (the old format)', raw([1, 2, 'cv'])],
    ['too few values', raw({ sort: 'relevance', after: [1, 'cv'] })],
    ['a string where a date goes', raw({ sort: 'relevance', after: [1, 'abc', 'cv'] })],
    ['a date beyond a long', raw({ sort: 'recent', after: [1e308, 'cv'] })],
    ['a fractional date', raw({ sort: 'recent', after: [1.5, 'cv'] })],
    ['an object as the id', raw({ sort: 'recent', after: [1, { a: 1 }] })],
    ['null', raw(null)],
    ['a number', raw(42)],
  ])('is refused when it is %s', (_name, cursor) => {
    for (const sort of ['relevance', 'recent'] as const) expect(refusal(cursor, sort)).toEqual({ code: 'search:bad_cursor', status: 400 });
  });
});
