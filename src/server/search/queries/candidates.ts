import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { badgeConditions, FACETS, facetAggregation, facetClause, requirementClause, type FacetMode, type FacetName } from './candidate-clauses';
import type { CandidateFilters } from './candidate-filters';

export const CANDIDATE_PAGE_SIZE = 20;
const FACET_SIZE = 15;

const textFields = ['headline^3', 'display_name^2', 'experience_titles^2', 'summary', 'location.text'];
const SOURCE = [
  'cv_id',
  'display_name',
  'headline',
  'summary',
  'location',
  'visibility',
  'verified_badge_count',
  'other_badge_count',
  'updated_at',
  'claimed_skill_codes',
  'badges.badge_id',
  'badges.achievement_name',
  'badges.issuer_name',
  'badges.issuer_known',
  'badges.state',
];

export type CandidateQueryScope = {
  /** CV visibilities the viewer may see (from the policy). */
  visibilities: string[];
  /** "Now" for the not-expired condition, passed in so the builder stays pure. */
  now: string;
  /** Requirement codes resolved to taxonomy keys (e.g. S5 → its ESCO URI); achievements by key (issuer id, achievement id). */
  requirements: { kind: 'skill' | 'achievement'; code: string }[];
  /** Decoded search_after cursor, for pages past the first ones. */
  after?: estypes.SortResults;
};

function sortFor(filters: CandidateFilters): estypes.Sort {
  if (filters.sort === 'recent') {
    return [
      { 'badges.verified_at': { order: 'desc', mode: 'max', missing: '_last', nested: { path: 'badges', filter: { term: { 'badges.state': 'verified' } } } } },
      { cv_id: 'asc' },
    ];
  }
  if (filters.sort === 'requirements') return ['_score', { verified_badge_count: 'desc' }, { cv_id: 'asc' }];
  return ['_score', { updated_at: 'desc' }, { cv_id: 'asc' }];
}

/** Pure: filter object + viewer scope → Elasticsearch search body (no index, no client). */
export function candidateQuery(filters: CandidateFilters, scope: CandidateQueryScope): estypes.SearchRequest {
  const conditions = badgeConditions(filters, scope.now);
  const filter: estypes.QueryDslQueryContainer[] = [{ terms: { visibility: scope.visibilities } }];
  const must: estypes.QueryDslQueryContainer[] = [];
  const should: estypes.QueryDslQueryContainer[] = [];

  if (filters.q) {
    const text: estypes.QueryDslQueryContainer = {
      bool: {
        should: [
          { multi_match: { query: filters.q, fields: textFields, type: 'cross_fields', operator: 'and' } },
          { nested: { path: 'badges', query: { match: { 'badges.achievement_name': { query: filters.q, operator: 'and' } } }, score_mode: 'max' } },
        ],
        minimum_should_match: 1,
      },
    };
    // Ranked by requirements met: the text narrows but does not score.
    (filters.sort === 'requirements' ? filter : must).push(text);
  }
  for (const code of filters.claimed) filter.push({ term: { claimed_expanded_codes: code } });

  const requirements = scope.requirements.map((requirement, index) => requirementClause(requirement, index, conditions));
  if (filters.match === 'all') filter.push(...requirements);
  else if (requirements.length) should.push(...requirements.map((clause) => ({ constant_score: { filter: clause, boost: 1 } })));

  const mode: FacetMode = filters.issuedAfter
    ? { kind: 'nested', conditions }
    : { kind: 'flat', verified: filters.verified, unknownIssuers: filters.unknownIssuers };
  const selections = Object.fromEntries((Object.keys(FACETS) as FacetName[]).map((name) => [name, facetClause(name, filters[name], mode)])) as Record<
    FacetName,
    estypes.QueryDslQueryContainer | null
  >;
  const active = (except?: FacetName) =>
    (Object.entries(selections) as [FacetName, estypes.QueryDslQueryContainer | null][])
      .filter(([name, clause]) => clause && name !== except)
      .map(([, clause]) => clause!);

  const body: estypes.SearchRequest = {
    size: CANDIDATE_PAGE_SIZE,
    track_total_hits: true,
    query: { bool: { filter, must, should, ...(should.length ? { minimum_should_match: 1 } : {}) } },
    post_filter: active().length ? { bool: { filter: active() } } : undefined,
    aggs: Object.fromEntries((Object.keys(FACETS) as FacetName[]).map((name) => [name, facetAggregation(name, active(name), mode, FACET_SIZE)])),
    sort: sortFor(filters),
    _source: SOURCE,
    highlight: filters.q
      ? {
          fields: { headline: { number_of_fragments: 0 }, summary: { fragment_size: 180, number_of_fragments: 1 } },
          pre_tags: ['<mark>'],
          post_tags: ['</mark>'],
          encoder: 'html',
        }
      : undefined,
  };
  if (scope.after) body.search_after = scope.after;
  else body.from = (filters.page - 1) * CANDIDATE_PAGE_SIZE;
  return body;
}
