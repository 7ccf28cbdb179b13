import Link from 'next/link';
import type { JobFilters } from '@/server/search/queries/jobs';
import type { JobFacetValue, JobResults } from '@/server/search/search-jobs';
import { workplaceLabels } from '@/components/job-labels';
import { JobFacetForm } from './job-facet-form';
import { activeFilterCount, jobSearchParams, jobsHref, JOB_FACETS, withoutFacetsHref, type JobFacet } from './job-search-url';

const titles: Record<JobFacet, string> = { workplace: 'Workplace', contract: 'Contract type', location: 'Location', skill: 'Skill' };
const VISIBLE = 6;

/** Workplace always offers all three choices (a zero count still explains why Remote finds nothing). */
function withAllWorkplaces(values: JobFacetValue[], filters: JobFilters): JobFacetValue[] {
  return (Object.keys(workplaceLabels) as (keyof typeof workplaceLabels)[]).map(
    (value) => values.find((item) => item.value === value) ?? { value, label: workplaceLabels[value], count: 0, selected: filters.workplace.includes(value) },
  );
}

function FacetOption({ facet, item }: { facet: JobFacet; item: JobFacetValue }) {
  return (
    <li>
      <label className="group flex cursor-pointer items-start gap-2.5 rounded-md px-1.5 py-1 text-sm hover:bg-slate-50">
        <input type="checkbox" name={facet} value={item.value} defaultChecked={item.selected} className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700" />
        <span className={item.selected ? 'min-w-0 flex-1 font-medium text-slate-900' : item.count === 0 ? 'min-w-0 flex-1 text-slate-400' : 'min-w-0 flex-1 text-slate-700'}>{item.label}</span>
        <span className="shrink-0 text-xs text-slate-500 tabular-nums">
          {item.count.toLocaleString('en-GB')}
          <span className="sr-only"> {item.count === 1 ? 'role' : 'roles'}</span>
        </span>
      </label>
    </li>
  );
}

function FacetGroup({ facet, values, filters, idPrefix }: { facet: JobFacet; values: JobFacetValue[]; filters: JobFilters; idPrefix: string }) {
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
          <Link href={jobsHref({ ...filters, [facet]: [] })} scroll={false} className="text-xs font-medium text-brand-700 hover:underline" aria-label={`Clear ${titles[facet].toLowerCase()} filter`}>
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
        <details className="group">
          <summary className="mt-1 cursor-pointer list-none text-xs font-medium text-brand-700 hover:underline [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">Show {ordered.length - visible} more</span>
            <span className="hidden group-open:inline">Show fewer</span>
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

function FacetPanel({ filters, facets, idPrefix }: { filters: JobFilters; facets: JobResults['facets']; idPrefix: string }) {
  const carried = jobSearchParams({ ...filters, location: [], workplace: [], contract: [], skill: [] });
  const groups = JOB_FACETS.map((facet) => ({ facet, values: facet === 'workplace' ? withAllWorkplaces(facets.workplace, filters) : facets[facet] })).filter((group) => group.values.length > 0);
  return (
    <JobFacetForm label="Filters">
      {[...carried].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="divide-y divide-slate-200">
        {groups.map((group) => (
          <FacetGroup key={group.facet} facet={group.facet} values={group.values} filters={filters} idPrefix={idPrefix} />
        ))}
      </div>
    </JobFacetForm>
  );
}

/** Facets with counts: a column beside the results on wide screens, a "Filters" disclosure above them on phones. */
export function JobFacets({ filters, facets }: { filters: JobFilters; facets: JobResults['facets'] }) {
  const key = jobsHref(filters);
  const active = activeFilterCount(filters) - (filters.salaryFrom !== undefined ? 1 : 0);
  return (
    <>
      <aside aria-labelledby="job-filters-heading" className="hidden lg:block">
        <div className="sticky top-20 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id="job-filters-heading" className="text-base font-semibold text-slate-900">
              Filters
            </h2>
            {active > 0 && (
              <Link href={withoutFacetsHref(filters)} scroll={false} className="text-xs font-medium text-brand-700 hover:underline">
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
            <svg viewBox="0 0 24 24" className="size-4 text-slate-500" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              <path d="M4 6h16M7 12h10M10 18h4" />
            </svg>
            Filters
            {active > 0 && <span className="rounded-full bg-brand-700 px-1.5 py-px text-xs text-white">{active}</span>}
          </span>
          <svg viewBox="0 0 24 24" className="size-4 text-slate-400 transition-transform group-open:rotate-180" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
            <path d="m6 9 6 6 6-6" />
          </svg>
        </summary>
        <div className="border-t border-slate-200 px-4 py-4">
          <FacetPanel key={key} filters={filters} facets={facets} idPrefix="narrow" />
        </div>
      </details>
    </>
  );
}
