import type { CandidateFilters } from '@/server/search/queries/candidate-filters';

export type FacetParam = 'issuer' | 'achievement' | 'skill' | 'level' | 'location';
export const FACET_PARAMS: FacetParam[] = ['issuer', 'skill', 'achievement', 'level', 'location'];

/** The filters as they appear in the URL; paging is left out unless asked for, so every change starts at page 1. */
export function searchParamsFor(filters: CandidateFilters, { paging = false }: { paging?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const requirement of filters.req) params.append('req', `${requirement.kind}:${requirement.code}`);
  if (filters.match === 'any') params.set('match', 'any');
  for (const name of FACET_PARAMS) for (const value of filters[name]) params.append(name, value);
  for (const value of filters.claimed) params.append('claimed', value);
  if (!filters.verified) params.set('verified', '0');
  if (filters.verified && filters.unknownIssuers) params.set('unknownIssuers', '1');
  if (filters.issuedAfter) params.set('issuedAfter', filters.issuedAfter);
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  if (paging && filters.page > 1) params.set('page', String(filters.page));
  if (paging && filters.after) params.set('after', filters.after);
  return params;
}

export function candidatesHref(filters: CandidateFilters, options?: { paging?: boolean }): string {
  const query = searchParamsFor(filters, options).toString();
  return query ? `/candidates?${query}` : '/candidates';
}

/** Adds or removes one facet value (multi-select). */
export function toggleFacetHref(filters: CandidateFilters, facet: FacetParam, value: string): string {
  const values = filters[facet].includes(value) ? filters[facet].filter((item) => item !== value) : [...filters[facet], value];
  return candidatesHref({ ...filters, [facet]: values });
}

export function clearFacetHref(filters: CandidateFilters, facet: FacetParam): string {
  return candidatesHref({ ...filters, [facet]: [] });
}

export function withoutRequirementHref(filters: CandidateFilters, index: number): string {
  return candidatesHref({ ...filters, req: filters.req.filter((_, i) => i !== index) });
}

export function withoutClaimHref(filters: CandidateFilters, code: string): string {
  return candidatesHref({ ...filters, claimed: filters.claimed.filter((item) => item !== code) });
}

/** Next page: the search_after cursor, so deep pages stay cheap. */
export function nextPageHref(filters: CandidateFilters, next: string): string {
  return candidatesHref({ ...filters, page: filters.page + 1, after: next }, { paging: true });
}

/** Previous page by number (from/size is fine this far back), so the link is stable and shareable. */
export function previousPageHref(filters: CandidateFilters): string {
  return candidatesHref({ ...filters, page: filters.page - 1, after: undefined }, { paging: true });
}

export function activeFilterCount(filters: CandidateFilters): number {
  return FACET_PARAMS.reduce((sum, name) => sum + filters[name].length, 0);
}
