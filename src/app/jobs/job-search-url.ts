import { jobFiltersSchema, type JobFilters } from '@/server/search/queries/jobs';

export type JobFacet = 'workplace' | 'contract' | 'location' | 'skill';
export const JOB_FACETS: JobFacet[] = ['workplace', 'contract', 'location', 'skill'];

type SearchParams = Record<string, string | string[] | undefined>;

/** Repeated keys become lists; empty values (an untouched "Salary from" box) are left out rather than read as 0. */
function entriesOf(params: SearchParams, drop: Set<string>): Record<string, string | string[]> {
  const entries: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (drop.has(key)) continue;
    const values = (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean);
    if (values.length) entries[key] = values.length === 1 ? values[0]! : values;
  }
  return entries;
}

/**
 * The /jobs filters from the URL. A link with one bad parameter still searches: that parameter is dropped
 * (`invalid` says so), the rest are kept. `untidy` is true when the URL carries empty values worth tidying.
 */
export function readJobFilters(params: SearchParams): { filters: JobFilters; invalid: boolean; untidy: boolean } {
  const untidy = Object.values(params).some((value) => value === '' || (Array.isArray(value) && value.some((item) => !item.trim())));
  const dropped = new Set<string>();
  for (let attempt = 0; attempt < 10; attempt++) {
    const parsed = jobFiltersSchema.safeParse(entriesOf(params, dropped));
    if (parsed.success) return { filters: parsed.data, invalid: dropped.size > 0, untidy };
    for (const issue of parsed.error.issues) dropped.add(String(issue.path[0] ?? ''));
  }
  return { filters: jobFiltersSchema.parse({}), invalid: true, untidy };
}

/** The filters as URL parameters; paging is left out unless asked for, so every change starts at page 1. */
export function jobSearchParams(filters: JobFilters, { paging = false }: { paging?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const facet of JOB_FACETS) for (const value of filters[facet]) params.append(facet, value);
  if (filters.salaryFrom !== undefined) params.set('salaryFrom', String(filters.salaryFrom));
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  if (paging && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function jobsHref(filters: JobFilters, options?: { paging?: boolean }): string {
  const query = jobSearchParams(filters, options).toString();
  return query ? `/jobs?${query}` : '/jobs';
}

export function toggleFacetHref(filters: JobFilters, facet: JobFacet, value: string): string {
  const values = filters[facet].includes(value) ? filters[facet].filter((item) => item !== value) : [...filters[facet], value];
  return jobsHref({ ...filters, [facet]: values });
}

export function withoutFacetsHref(filters: JobFilters): string {
  return jobsHref({ ...filters, location: [], workplace: [], contract: [], skill: [] });
}

export function activeFilterCount(filters: JobFilters): number {
  return JOB_FACETS.reduce((sum, facet) => sum + filters[facet].length, 0) + (filters.salaryFrom !== undefined ? 1 : 0);
}
