import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { AppError } from '@/server/errors';
import type { CandidateFilters } from './queries/candidate-filters';

type Sort = CandidateFilters['sort'];

/**
 * The shape of one search_after value list per sort (see `sortFor` in queries/candidates.ts): `score` a float,
 * `long` a date in epoch milliseconds or a count, `id` the cv_id tie-breaker. A cursor that does not fit the sort
 * it is used with would reach Elasticsearch as a bad request, so it is refused here as the client's mistake.
 */
const shapes: Record<Sort, readonly ('score' | 'long' | 'id')[]> = {
  relevance: ['score', 'long', 'id'],
  requirements: ['score', 'long', 'id'],
  recent: ['long', 'id'],
};

const LONG_LIMIT = 2 ** 63;

function fits(kind: 'score' | 'long' | 'id', value: unknown): boolean {
  if (kind === 'id') return typeof value === 'string' && value.length > 0 && value.length <= 200;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return kind === 'score' || (Number.isInteger(value) && Math.abs(value) <= LONG_LIMIT);
}

const badCursor = () =>
  new AppError('search:bad_cursor', 'The page link is out of date. Go back to the first page of results.', {
    fields: { after: ['Not a cursor for this search and sort order.'] },
  });

/** The cursor names the sort it was made for, so it cannot be replayed against another one. */
export function encodeCandidateCursor(sort: Sort, values: estypes.SortResults): string {
  return Buffer.from(JSON.stringify({ sort, after: values })).toString('base64url');
}

/** Decodes a cursor made by `encodeCandidateCursor` for this sort, or throws `search:bad_cursor` (400). */
export function decodeCandidateCursor(cursor: string, sort: Sort): estypes.SortResults {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const { sort: madeFor, after } = (decoded && typeof decoded === 'object' ? decoded : {}) as { sort?: unknown; after?: unknown };
  const shape = shapes[sort];
  if (madeFor !== sort || !Array.isArray(after) || after.length !== shape.length || !shape.every((kind, i) => fits(kind, after[i]))) throw badCursor();
  return after as estypes.SortResults;
}
