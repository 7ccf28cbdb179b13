import type { Viewer } from '@/server/auth/viewer';
import { searchableVisibilities } from '@/server/cv/policies';
import { AppError } from '@/server/errors';
import { isConnectionError, type SearchHandle } from './client';
import { aliasFor } from './indices/registry';
import type { CandidateDocument } from './indices/candidates';
import type { CandidateFilters } from './queries/candidate-filters';
import { CANDIDATE_PAGE_SIZE, candidateQuery } from './queries/candidates';

export type CandidateHit = Pick<CandidateDocument, 'cv_id' | 'display_name' | 'headline' | 'summary' | 'location' | 'visibility' | 'verified_badge_count' | 'updated_at'> & {
  highlight: { headline?: string; summary?: string };
};

export type CandidateResults = { total: number; page: number; pageSize: number; hits: CandidateHit[]; tookMs: number };

/** Candidate search for a viewer: what they may see is part of the query, not filtered afterwards. */
export async function searchCandidates(search: SearchHandle, viewer: Viewer, filters: CandidateFilters): Promise<CandidateResults> {
  const visibilities = searchableVisibilities(viewer);
  if (visibilities.length === 0) throw new AppError('auth:forbidden', 'Candidate search is for members of employer organisations.');
  try {
    const response = await search.client.search<CandidateHit>({
      index: aliasFor(search.prefix, 'candidates'),
      ...candidateQuery(filters, { visibilities }),
    });
    const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
    return {
      total,
      page: filters.page,
      pageSize: CANDIDATE_PAGE_SIZE,
      tookMs: response.took,
      hits: response.hits.hits.map((hit) => ({
        ...(hit._source as CandidateHit),
        highlight: { headline: hit.highlight?.headline?.[0], summary: hit.highlight?.summary?.[0] },
      })),
    };
  } catch (error) {
    if (isConnectionError(error)) throw new AppError('search:unavailable', 'Search is unavailable for a moment. Your filters are kept: try again shortly.');
    throw error;
  }
}
