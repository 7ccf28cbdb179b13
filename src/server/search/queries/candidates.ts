import type { estypes } from '@elastic/elasticsearch';
import type { CandidateFilters } from './candidate-filters';

export const CANDIDATE_PAGE_SIZE = 20;

const textFields = ['headline^3', 'display_name^2', 'experience_titles^2', 'summary', 'location.text'];

/** Pure: filter object + what the viewer may see → Elasticsearch search body (no index, no client). */
export function candidateQuery(
  filters: CandidateFilters,
  scope: { visibilities: string[] },
): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [{ terms: { visibility: scope.visibilities } }];
  if (filters.location) filter.push({ term: { location: filters.location } });
  const must: estypes.QueryDslQueryContainer[] = filters.q
    ? [{ multi_match: { query: filters.q, fields: textFields, type: 'cross_fields', operator: 'and' } }]
    : [];
  return {
    size: CANDIDATE_PAGE_SIZE,
    from: (filters.page - 1) * CANDIDATE_PAGE_SIZE,
    track_total_hits: true,
    query: { bool: { filter, must } },
    sort: filters.q ? ['_score', { updated_at: 'desc' }, { cv_id: 'asc' }] : [{ updated_at: 'desc' }, { cv_id: 'asc' }],
    _source: ['cv_id', 'display_name', 'headline', 'summary', 'location', 'visibility', 'verified_badge_count', 'updated_at'],
    highlight: filters.q
      ? { fields: { headline: { number_of_fragments: 0 }, summary: { fragment_size: 180, number_of_fragments: 1 } }, pre_tags: ['<mark>'], post_tags: ['</mark>'] }
      : undefined,
  };
}
