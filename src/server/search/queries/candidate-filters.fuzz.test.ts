// Fuzz: any query string a client sends to candidate search is either a filter object the query builder accepts,
// or a 4xx AppError (bad parameters, a cursor for another sort) — never an exception that would become a 500.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesHref, searchParamsFor } from '@/app/candidates/search-url';
import { AppError } from '@/server/errors';
import { decodeCandidateCursor, encodeCandidateCursor } from '../candidate-cursor';
import { filtersFromSearchParams, type CandidateFilters } from './candidate-filters';
import { candidateQuery } from './candidates';

// FUZZ_SEED explores other cases locally; CI keeps the fixed seed so a failure reproduces.
const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 20261202), numRuns: 400 };
const NOW = '2026-06-01T00:00:00.000Z';

const sorts = fc.constantFrom('relevance', 'requirements', 'recent');
const cursor = fc.oneof(
  fc
    .tuple(sorts, fc.array(fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null)), { maxLength: 4 }))
    .map(([sort, values]) => encodeCandidateCursor(sort as CandidateFilters['sort'], values as never)),
  fc
    .tuple(sorts, fc.double({ noNaN: true }), fc.integer(), fc.uuid())
    .map(([sort, score, date, id]) => encodeCandidateCursor(sort as CandidateFilters['sort'], sort === 'recent' ? [date, id] : [score, date, id])),
  fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc.string({ maxLength: 30 }),
);
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '\u0000',
    'skill:\u0000',
    'skill:S5',
    'achievement:did:web:a.example https://a.example/b',
    'achievement:',
    'skill:',
    '1',
    '0',
    'on',
    '-1',
    '1e308',
    'NaN',
    '501',
    '2025-02-30',
    '2025-06-30',
    'any',
    'all',
    'recent',
    'requirements',
    ' ',
  ),
  fc.string({ minLength: 190, maxLength: 600 }),
);
const word = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 4 }).map((text) => `${text}\u0000${text}`),
);
/** Mostly values that fit the parameter (so many searches are accepted and reach the builder), some anything at all. */
const plausible: Record<string, fc.Arbitrary<string>> = {
  q: word,
  req: fc.tuple(fc.constantFrom('skill:', 'achievement:'), word).map(([kind, code]) => kind + code),
  match: fc.constantFrom('all', 'any'),
  verified: fc.constantFrom('1', '0', 'true', 'false', 'on', 'off'),
  unknownIssuers: fc.constantFrom('1', '0'),
  issuedAfter: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  sort: sorts,
  page: fc.integer({ min: -2, max: 600 }).map(String),
  after: cursor,
};
const names = fc.constantFrom(
  'q',
  'req',
  'match',
  'issuer',
  'achievement',
  'skill',
  'location',
  'level',
  'claimed',
  'verified',
  'unknownIssuers',
  'issuedAfter',
  'sort',
  'page',
  'after',
  'other',
  '__proto__',
  'constructor',
);
const pair = names.chain((name) =>
  fc.tuple(
    fc.constant(name),
    fc.oneof(
      { arbitrary: Object.hasOwn(plausible, name) ? plausible[name]! : word, weight: 4 },
      { arbitrary: nasty, weight: 1 },
      { arbitrary: cursor, weight: 1 },
    ),
  ),
);
const query = fc.array(pair, { maxLength: 8 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [name, item] of pairs) params.append(name, item);
  return params;
});

/** What the search route does before it reaches Elasticsearch: parse, decode the cursor, build the request body. */
function parseAndBuild(params: URLSearchParams) {
  const parsed = filtersFromSearchParams(params);
  if (!parsed.success) throw AppError.fromZod(parsed.error, 'Some search parameters are not valid.');
  const filters = parsed.data;
  const after = filters.after ? decodeCandidateCursor(filters.after, filters.sort) : undefined;
  const body = candidateQuery(filters, {
    visibilities: ['employers'],
    now: NOW,
    requirements: filters.req.map((r) => ({ kind: r.kind, code: r.code })),
    after,
  });
  return { filters, body };
}

function expectClientError(error: unknown) {
  if (!(error instanceof AppError)) throw new Error(`Not an AppError: ${String(error)}`, { cause: error });
  expect(error.status).toBeGreaterThanOrEqual(400);
  expect(error.status).toBeLessThan(500);
}

describe('fuzz: candidate search query parsing', () => {
  it('every query string is a valid search or a 4xx AppError, and what is accepted carries no NUL', () => {
    fc.assert(
      fc.property(query, (params) => {
        try {
          const { filters, body } = parseAndBuild(params);
          expect(JSON.stringify(filters)).not.toContain('\\u0000');
          expect(JSON.stringify(body)).not.toContain('\\u0000');
        } catch (error) {
          expectClientError(error);
        }
      }),
      RUNS,
    );
  });

  it('an accepted search survives the page’s own link builder: its URL parses back to the same search', () => {
    const bodyOf = (filters: CandidateFilters) => candidateQuery(filters, { visibilities: ['employers'], now: NOW, requirements: filters.req });
    fc.assert(
      fc.property(query, (params) => {
        const parsed = filtersFromSearchParams(params);
        if (!parsed.success) return;
        const again = filtersFromSearchParams(searchParamsFor(parsed.data, { paging: true }));
        expect(again.success).toBe(true);
        // The link leaves out what changes nothing (unknownIssuers without verified), so compare the searches.
        expect(bodyOf(again.data!)).toEqual(bodyOf(parsed.data));
        expect({ ...again.data, unknownIssuers: undefined }).toEqual({ ...parsed.data, unknownIssuers: undefined });
        expect(candidatesHref(parsed.data)).toMatch(/^\/candidates(\?|$)/);
      }),
      RUNS,
    );
  });

  it('a cursor is refused with 400 search:bad_cursor unless it was made for the sort in use', () => {
    fc.assert(
      fc.property(sorts, sorts, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.uuid(), (madeFor, usedWith, score, date, id) => {
        const values = madeFor === 'recent' ? [date, id] : [score, date, id];
        const params = new URLSearchParams({ sort: usedWith, after: encodeCandidateCursor(madeFor as CandidateFilters['sort'], values), page: '2' });
        try {
          const { body } = parseAndBuild(params);
          expect(madeFor).toBe(usedWith);
          expect(body.search_after).toEqual(JSON.parse(JSON.stringify(values)));
        } catch (error) {
          expectClientError(error);
          expect(madeFor === usedWith).toBe(false);
          expect((error as AppError).code).toBe('search:bad_cursor');
        }
      }),
      RUNS,
    );
  });

  it('a NUL character in any text filter is refused with a message saying so', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('q', 'issuer', 'skill', 'location', 'level', 'achievement', 'claimed', 'req'),
        fc.string({ maxLength: 5 }),
        (name, around) => {
          const error = (() => {
            try {
              parseAndBuild(new URLSearchParams({ [name]: `${name === 'req' ? 'skill:' : ''}${around}\u0000${around}` }));
            } catch (caught) {
              return caught;
            }
          })();
          expectClientError(error);
          expect(JSON.stringify((error as AppError).details)).toMatch(/NUL/);
        },
      ),
      { seed: 3, numRuns: 100 },
    );
  });
});
