import Link from 'next/link';
import { FacetForm } from './facet-form';
import { ChevronDownIcon, FilterIcon } from './icons';

export type FacetItem = { value: string; label: string; count: number; selected: boolean };
export type FacetGroupView = { facet: string; title: string; values: FacetItem[]; clearHref: string };
type Nouns = { one: string; many: string };
const VISIBLE = 6;

function FacetOption({ facet, item, nouns }: { facet: string; item: FacetItem; nouns: Nouns }) {
  const tone = item.selected ? 'font-medium text-slate-900' : item.count === 0 ? 'text-slate-500' : 'text-slate-700';
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
        <span className={`min-w-0 flex-1 ${tone}`}>{item.label}</span>
        <span className="shrink-0 text-xs text-slate-500 tabular-nums">
          {item.count.toLocaleString('en-GB')}
          <span className="sr-only"> {item.count === 1 ? nouns.one : nouns.many}</span>
        </span>
      </label>
    </li>
  );
}

function FacetGroup({ group, idPrefix, nouns }: { group: FacetGroupView; idPrefix: string; nouns: Nouns }) {
  // Selected first, so a choice never hides behind "Show more".
  const ordered = [...group.values.filter((item) => item.selected), ...group.values.filter((item) => !item.selected)];
  const selected = group.values.filter((item) => item.selected).length;
  const visible = Math.max(VISIBLE, selected);
  const headingId = `${idPrefix}-${group.facet}-heading`;
  return (
    <section aria-label={`${group.title} filter`} className="py-4 first:pt-0 last:pb-0">
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          {group.title}
          {selected > 0 && <span className="ml-1.5 text-xs font-medium text-brand-700">({selected})</span>}
        </h3>
        {selected > 0 && (
          <Link
            href={group.clearHref}
            scroll={false}
            className="text-xs font-medium text-brand-700 hover:underline"
            aria-label={`Clear ${group.title.toLowerCase()} filter`}
          >
            Clear
          </Link>
        )}
      </div>
      <ul className="-mx-1.5" aria-labelledby={headingId}>
        {ordered.slice(0, visible).map((item) => (
          <FacetOption key={item.value} facet={group.facet} item={item} nouns={nouns} />
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
              <FacetOption key={item.value} facet={group.facet} item={item} nouns={nouns} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

type SidebarProps = {
  /** The page the filter form submits to (GET). */
  action: string;
  /** Changes whenever the URL does, so Back shows the boxes as they were. */
  stateKey: string;
  /** Parameters that are not facets (text, sort …), carried along as hidden fields. */
  carried: URLSearchParams;
  groups: FacetGroupView[];
  activeCount: number;
  clearAllHref: string;
  nouns: Nouns;
};

function FacetPanel({ action, carried, groups, idPrefix, nouns }: Pick<SidebarProps, 'action' | 'carried' | 'groups' | 'nouns'> & { idPrefix: string }) {
  const shown = groups.filter((group) => group.values.length > 0);
  return (
    <FacetForm action={action} label="Filters">
      {[...carried].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      {shown.length === 0 ? (
        <p className="text-sm text-slate-500">No filters for these results.</p>
      ) : (
        <div className="divide-y divide-slate-200">
          {shown.map((group) => (
            <FacetGroup key={group.facet} group={group} idPrefix={idPrefix} nouns={nouns} />
          ))}
        </div>
      )}
    </FacetForm>
  );
}

/** Facets with counts: a column beside the results on wide screens, a "Filters" disclosure above them on phones. */
export function FacetSidebar(props: SidebarProps) {
  const { stateKey, activeCount, clearAllHref } = props;
  return (
    <>
      <aside aria-labelledby={`${props.action.slice(1)}-filters-heading`} className="hidden lg:block">
        <div className="sticky top-20 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id={`${props.action.slice(1)}-filters-heading`} className="text-base font-semibold text-slate-900">
              Filters
            </h2>
            {activeCount > 0 && (
              <Link href={clearAllHref} scroll={false} className="text-xs font-medium text-brand-700 hover:underline">
                Clear all
              </Link>
            )}
          </div>
          <FacetPanel key={stateKey} {...props} idPrefix="wide" />
        </div>
      </aside>
      <details className="group rounded-xl border border-slate-200 bg-white shadow-xs lg:hidden">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 text-sm font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
          <span className="inline-flex items-center gap-2">
            <FilterIcon className="size-4 text-slate-500" />
            Filters
            {activeCount > 0 && <span className="rounded-full bg-brand-700 px-1.5 py-px text-xs text-white">{activeCount}</span>}
          </span>
          <ChevronDownIcon className="size-4 text-slate-500 transition-transform group-open:rotate-180" />
        </summary>
        <div className="border-t border-slate-200 px-4 py-4">
          {activeCount > 0 && (
            <Link href={clearAllHref} scroll={false} className="mb-3 inline-block text-xs font-medium text-brand-700 hover:underline">
              Clear all filters
            </Link>
          )}
          <FacetPanel key={stateKey} {...props} idPrefix="narrow" />
        </div>
      </details>
    </>
  );
}
