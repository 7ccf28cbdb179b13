import { FacetSidebar as SharedFacetSidebar } from '@/components/facet-sidebar';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import type { CandidateResults } from '@/server/search/search-candidates';
import { activeFilterCount, candidatesHref, clearFacetHref, FACET_PARAMS, searchParamsFor, type FacetParam } from './search-url';

const titles: Record<FacetParam, string> = { issuer: 'Issuer', skill: 'Skill', achievement: 'Achievement', level: 'Level', location: 'Location' };
const noFacets = { issuer: [], skill: [], achievement: [], level: [], location: [] };

/** The candidate facets (counts are candidates). */
export function FacetSidebar({ filters, facets }: { filters: CandidateFilters; facets: CandidateResults['facets'] }) {
  return (
    <SharedFacetSidebar
      action="/candidates"
      stateKey={candidatesHref(filters)}
      carried={searchParamsFor({ ...filters, ...noFacets })}
      groups={FACET_PARAMS.map((facet) => ({ facet, title: titles[facet], values: facets[facet], clearHref: clearFacetHref(filters, facet) }))}
      activeCount={activeFilterCount(filters)}
      clearAllHref={candidatesHref({ ...filters, ...noFacets })}
      nouns={{ one: 'candidate', many: 'candidates' }}
    />
  );
}
