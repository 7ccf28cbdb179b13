import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import type { CandidateFilters } from './candidate-filters';

type Query = estypes.QueryDslQueryContainer;

/**
 * Conditions every counted badge meets: verified and not expired (when asked) and then from a known issuer unless
 * unknown issuers are switched in; issued after a date.
 */
export function badgeConditions(filters: Pick<CandidateFilters, 'verified' | 'unknownIssuers' | 'issuedAfter'>, now: string): Query[] {
  const conditions: Query[] = [];
  if (filters.verified) {
    conditions.push({ term: { 'badges.state': 'verified' } });
    if (!filters.unknownIssuers) conditions.push({ term: { 'badges.issuer_known': true } });
    conditions.push({
      bool: {
        should: [{ bool: { must_not: { exists: { field: 'badges.expires_at' } } } }, { range: { 'badges.expires_at': { gt: now } } }],
        minimum_should_match: 1,
      },
    });
  }
  if (filters.issuedAfter) conditions.push({ range: { 'badges.issued_at': { gte: filters.issuedAfter } } });
  return conditions;
}

export const BADGE_FIELDS = [
  'badges.badge_id',
  'badges.achievement_id',
  'badges.achievement_name',
  'badges.issuer_name',
  'badges.issuer_known',
  'badges.state',
  'badges.skill_codes',
  'badges.verified_at',
];

/**
 * A requirement as a nested clause: one badge must satisfy it, with every badge condition; inner_hits name that badge.
 * An achievement's code is its key (issuer id and achievement id): the same id under another issuer does not meet it.
 */
export function requirementClause(requirement: { kind: 'skill' | 'achievement'; code: string }, index: number, conditions: Query[]): Query {
  const match: Query =
    requirement.kind === 'achievement' ? { term: { 'badges.achievement_key': requirement.code } } : { term: { 'badges.expanded_codes': requirement.code } };
  return {
    nested: {
      path: 'badges',
      query: { bool: { filter: [match, ...conditions] } },
      inner_hits: { name: `req${index}`, size: 3, _source: BADGE_FIELDS, sort: [{ 'badges.verified_at': { order: 'desc', missing: '_last' } }] },
    },
  };
}

/** Facets: the field and whether it lives on the nested badges. Display names are resolved from the database, never from the index. */
export const FACETS = {
  issuer: { field: 'badges.issuer_id', nested: true },
  achievement: { field: 'badges.achievement_key', nested: true },
  skill: { field: 'badges.expanded_codes', nested: true },
  level: { field: 'badges.level', nested: true },
  location: { field: 'location', nested: false },
} as const;
export type FacetName = keyof typeof FACETS;

/**
 * How badge facets are computed. `flat`: from the per-candidate arrays `facet_known.*` / `facet_verified.*` /
 * `facet_all.*` (top-level terms, candidate counts directly — fast). `nested`: through the nested badges with the
 * badge conditions, needed when a condition cannot be precomputed (issued after a date).
 */
export type FacetMode = { kind: 'flat'; verified: boolean; unknownIssuers: boolean } | { kind: 'nested'; conditions: Query[] };

function flatField(facet: FacetName, mode: { verified: boolean; unknownIssuers: boolean }): string {
  if (facet === 'location') return 'location';
  return `${!mode.verified ? 'facet_all' : mode.unknownIssuers ? 'facet_verified' : 'facet_known'}.${facet}`;
}

/** The post_filter clause of a facet's selections (values OR-ed; a badge facet is met by one counted badge). */
export function facetClause(facet: FacetName, values: string[], mode: FacetMode): Query | null {
  if (values.length === 0) return null;
  const { field, nested } = FACETS[facet];
  if (!nested || mode.kind === 'flat') return { terms: { [nested && mode.kind === 'flat' ? flatField(facet, mode) : field]: values } };
  return { nested: { path: 'badges', query: { bool: { filter: [{ terms: { [field]: values } }, ...mode.conditions] } } } };
}

/** A facet's aggregation: filtered by the other facets' selections (multi-select), counting candidates, not badges. */
export function facetAggregation(facet: FacetName, others: Query[], mode: FacetMode, size: number): estypes.AggregationsAggregationContainer {
  const { field, nested } = FACETS[facet];
  let inner: estypes.AggregationsAggregationContainer;
  if (!nested || mode.kind === 'flat') {
    inner = { terms: { field: nested && mode.kind === 'flat' ? flatField(facet, mode) : field, size } };
  } else {
    const values: estypes.AggregationsAggregationContainer = {
      terms: { field, size, order: { candidates: 'desc' } },
      aggs: { candidates: { reverse_nested: {} } },
    };
    inner = { nested: { path: 'badges' }, aggs: { counted: { filter: { bool: { filter: mode.conditions } }, aggs: { values } } } };
  }
  return { filter: { bool: { filter: others } }, aggs: { facet: inner } };
}
