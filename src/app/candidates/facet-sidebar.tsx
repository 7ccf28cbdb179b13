import Link from 'next/link';
import { ChevronDownIcon, FilterIcon } from '@/components/icons';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import type { CandidateResults, FacetValue } from '@/server/search/search-candidates';
import { FacetForm } from './facet-form';
import { activeFilterCount, candidatesHref, clearFacetHref, FACET_PARAMS, searchParamsFor, type FacetParam } from './search-url';

const titles: Record<FacetParam, string> = { issuer: 'Issuer', skill: 'Skill', achievement: 'Achievement', level: 'Level', location: 'Location' };
const VISIBLE = 6;

function FacetOption({ facet, item }: { facet: FacetParam; item: FacetValue }) {
  return (
    <li>
      <label className="flex cursor-pointer items-start gap-2.5 rounded-md px-1.5 py-1 text-sm hover:bg-slate-50">
        <input
          type="checkbox"
          name={facet}
          value={item.value}
          defaultChecked={item.selected}
          className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
        />
        <span className={item.selected ? 'min-w-0 flex-1 font-medium text-slate-900' : 'min-w-0 flex-1 text-slate-700'}>{item.label}</span>
        <span className="shrink-0 text-xs text-slate-500 tabular-nums">
          {item.count.toLocaleString('en-GB')}
          <span className="sr-only"> {item.count === 1 ? 'candidate' : 'candidates'}</span>
        </span>
      </label>
    </li>
  );
}

function FacetGroup({ facet, values, filters, idPrefix }: { facet: FacetParam; values: FacetValue[]; filters: CandidateFilters; idPrefix: string }) {
  // Selected first, so a choice never hides behind "Show more".
  const ordered = [...values.filter((item) => item.selected), ...values.filter((item) => !item.selected)];
  const visible = Math.max(VISIBLE, values.filter((item) => item.selected).length);
  const selected = filters[facet].length;
  const headingId = `${idPrefix}-${facet}-heading`;
  return (
    <section aria-label={`${titles[facet]} filter`} className="py-4 first:pt-0 last:pb-0">
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          {titles[facet]}
          {selected > 0 && <span className="ml-1.5 text-xs font-medium text-brand-700">({selected})</span>}
        </h3>
        {selected > 0 && (
          <Link href={clearFacetHref(filters, facet)} scroll={false} className="text-xs font-medium text-brand-700 hover:underline" aria-label={`Clear ${titles[facet].toLowerCase()} filter`}>
            Clear
          </Link>
        )}
      </div>
      <ul className="-mx-1.5" aria-labelledby={headingId}>
        {ordered.slice(0, visible).map((item) => (
          <FacetOption key={item.value} facet={facet} item={item} />
        ))}
      </ul>
      {ordered.length > visible && (
        <details className="group/more">
          <summary className="mt-1 cursor-pointer list-none text-xs font-medium text-brand-700 hover:underline [&::-webkit-details-marker]:hidden">
            <span className="group-open/more:hidden">Show {ordered.length - visible} more</span>
            <span className="hidden group-open/more:inline">Show fewer</span>
          </summary>
          <ul className="-mx-1.5 mt-1">
            {ordered.slice(visible).map((item) => (
              <FacetOption key={item.value} facet={facet} item={item} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function FacetPanel({ filters, facets, idPrefix }: { filters: CandidateFilters; facets: CandidateResults['facets']; idPrefix: string }) {
  const carried = searchParamsFor({ ...filters, issuer: [], skill: [], achievement: [], level: [], location: [] });
  const groups = FACET_PARAMS.filter((facet) => facets[facet].length > 0);
  return (
    <FacetForm label="Filters">
      {[...carried].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      {groups.length === 0 ? (
        <p className="text-sm text-slate-500">No filters for these results.</p>
      ) : (
        <div className="divide-y divide-slate-200">
          {groups.map((facet) => (
            <FacetGroup key={facet} facet={facet} values={facets[facet]} filters={filters} idPrefix={idPrefix} />
          ))}
        </div>
      )}
    </FacetForm>
  );
}

/**
 * Facets: a column beside the results on wide screens, a "Filters" disclosure above them on phones.
 * Counts are candidates; the forms are keyed by the URL so Back shows the boxes as they were.
 */
export function FacetSidebar({ filters, facets }: { filters: CandidateFilters; facets: CandidateResults['facets'] }) {
  const key = candidatesHref(filters);
  const active = activeFilterCount(filters);
  const clearAll = candidatesHref({ ...filters, issuer: [], skill: [], achievement: [], level: [], location: [] });
  return (
    <>
      <aside aria-labelledby="filters-heading" className="hidden lg:block">
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id="filters-heading" className="text-base font-semibold text-slate-900">
              Filters
            </h2>
            {active > 0 && (
              <Link href={clearAll} scroll={false} className="text-xs font-medium text-brand-700 hover:underline">
                Clear all
              </Link>
            )}
          </div>
          <FacetPanel key={key} filters={filters} facets={facets} idPrefix="wide" />
        </div>
      </aside>
      <details className="group rounded-xl border border-slate-200 bg-white shadow-xs lg:hidden">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 text-sm font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
          <span className="inline-flex items-center gap-2">
            <FilterIcon className="size-4 text-slate-500" />
            Filters
            {active > 0 && <span className="rounded-full bg-brand-700 px-1.5 py-px text-xs text-white">{active}</span>}
          </span>
          <ChevronDownIcon className="size-4 text-slate-400 transition-transform group-open:rotate-180" />
        </summary>
        <div className="border-t border-slate-200 px-4 py-4">
          {active > 0 && (
            <Link href={clearAll} scroll={false} className="mb-3 inline-block text-xs font-medium text-brand-700 hover:underline">
              Clear all filters
            </Link>
          )}
          <FacetPanel key={key} filters={filters} facets={facets} idPrefix="narrow" />
        </div>
      </details>
    </>
  );
}
