import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { listShortlists, shortlistedCvIds } from '@/server/orgs/shortlists';
import { getSearch } from '@/server/search/client';
import { describeRequirements, labelClaims } from '@/server/search/label-requirements';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { searchCandidates, type CandidateResults } from '@/server/search/search-candidates';
import type { RequirementLabel } from './requirement-chips';

export type ShortlistOption = { id: string; name: string; candidates: number };

type Labels = { labels: RequirementLabel[]; claimLabels: Map<string, string> };
export type SearchOutcome =
  | (Labels & { ok: true; results: CandidateResults; shortlisted: Set<string>; lists: ShortlistOption[] })
  | (Labels & { ok: false; code: 'search:unavailable' | 'input:invalid'; message: string });

/**
 * Runs the candidate search for the page (the same labelled results as the API) and gathers what the page shows beside
 * it (shortlists). Expected failures (search down, an unknown skill code) become an outcome the page can explain calmly.
 */
export async function runCandidateSearch(viewer: Viewer, filters: CandidateFilters): Promise<SearchOutcome> {
  const db = await getDb();
  let results: CandidateResults;
  try {
    results = await searchCandidates(db, await getSearch(), viewer, filters);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'search:unavailable' || error.code === 'input:invalid')) {
      // Name the requirements that resolve and mark the ones that do not, so the chip to remove stands out.
      const [labels, claims] = await Promise.all([describeRequirements(db, filters), labelClaims(db, filters)]);
      return { ok: false, code: error.code, message: error.message, labels, claimLabels: new Map(claims.map((claim) => [claim.code, claim.label])) };
    }
    throw error;
  }
  const [shortlisted, lists] = await Promise.all([
    shortlistedCvIds(
      db,
      viewer,
      results.hits.map((hit) => hit.cv_id),
    ),
    listShortlists(db, viewer),
  ]);
  return {
    ok: true,
    results,
    shortlisted,
    lists: lists.map((list) => ({ id: list.id, name: list.name, candidates: Number(list.candidates) })),
    labels: results.requirements.map(({ kind, code, label }) => ({ kind, code, label })),
    claimLabels: new Map(results.claims.map((claim) => [claim.code, claim.label])),
  };
}
