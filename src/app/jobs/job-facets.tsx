import { FacetSidebar } from '@/components/facet-sidebar';
import { workplaceLabels } from '@/components/job-labels';
import type { JobFilters } from '@/server/search/queries/jobs';
import type { JobFacetValue, JobResults } from '@/server/search/search-jobs';
import { activeFilterCount, jobSearchParams, jobsHref, JOB_FACETS, withoutFacetsHref, type JobFacet } from './job-search-url';

const titles: Record<JobFacet, string> = { workplace: 'Workplace', contract: 'Contract type', location: 'Location', skill: 'Skill' };

/** Workplace always offers all three choices (a zero count still explains why Remote finds nothing). */
function withAllWorkplaces(values: JobFacetValue[], filters: JobFilters): JobFacetValue[] {
  return (Object.keys(workplaceLabels) as (keyof typeof workplaceLabels)[]).map(
    (value) => values.find((item) => item.value === value) ?? { value, label: workplaceLabels[value], count: 0, selected: filters.workplace.includes(value) },
  );
}

/** The job facets (counts are roles). */
export function JobFacets({ filters, facets }: { filters: JobFilters; facets: JobResults['facets'] }) {
  return (
    <FacetSidebar
      action="/jobs"
      stateKey={jobsHref(filters)}
      carried={jobSearchParams({ ...filters, location: [], workplace: [], contract: [], skill: [] })}
      groups={JOB_FACETS.map((facet) => ({
        facet,
        title: titles[facet],
        values: facet === 'workplace' ? withAllWorkplaces(facets.workplace, filters) : facets[facet],
        clearHref: jobsHref({ ...filters, [facet]: [] }),
      }))}
      activeCount={activeFilterCount(filters) - (filters.salaryFrom !== undefined ? 1 : 0)}
      clearAllHref={withoutFacetsHref(filters)}
      nouns={{ one: 'role', many: 'roles' }}
    />
  );
}
