import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { skillLabels } from '@/server/badges/queries';
import type { Database } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { isConnectionError, type SearchHandle } from './client';
import type { JobDocument } from './indices/jobs';
import { aliasFor } from './indices/registry';
import { JOB_PAGE_SIZE, jobSearchQuery, type JobFilters } from './queries/jobs';

export type JobFacetValue = { value: string; label: string; count: number; selected: boolean };
export type JobResults = {
  total: number;
  page: number;
  pageSize: number;
  hits: JobDocument[];
  facets: Record<'location' | 'workplace' | 'contract' | 'skill', JobFacetValue[]>;
};

const words: Record<string, string> = {
  on_site: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
  permanent: 'Permanent',
  fixed_term: 'Fixed term',
  contract: 'Contract',
  apprenticeship: 'Apprenticeship',
  internship: 'Internship',
};

/** Public job search: published, not past their closing date. */
export async function searchJobs(db: Database, search: SearchHandle, filters: JobFilters, now = new Date()): Promise<JobResults> {
  let response: estypes.SearchResponse<JobDocument>;
  try {
    response = await search.client.search<JobDocument>({ index: aliasFor(search.prefix, 'jobs'), ...jobSearchQuery(filters, now.toISOString()) });
  } catch (error) {
    if (isConnectionError(error)) throw new AppError('search:unavailable', 'Job search is unavailable for a moment. Your filters are kept: try again shortly.');
    throw error;
  }
  const facets = {} as JobResults['facets'];
  for (const name of ['location', 'workplace', 'contract', 'skill'] as const) {
    const buckets = (response.aggregations?.[name] as { values?: { buckets?: { key: string; doc_count: number }[] } } | undefined)?.values?.buckets ?? [];
    facets[name] = buckets.map((bucket) => ({
      value: bucket.key,
      label: words[bucket.key] ?? bucket.key,
      count: bucket.doc_count,
      selected: filters[name].includes(bucket.key),
    }));
  }
  const labels = await skillLabels(
    db,
    facets.skill.map((item) => item.value),
  );
  facets.skill = facets.skill.map((item) => ({ ...item, label: labels.get(item.value)?.label ?? item.value }));
  const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  return { total, page: filters.page, pageSize: JOB_PAGE_SIZE, hits: response.hits.hits.map((hit) => hit._source!), facets };
}
