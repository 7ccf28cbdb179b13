import clsx from 'clsx';
import Link from 'next/link';
import { Chip } from '@/components/chip';
import { ChevronDownIcon } from '@/components/icons';
import type { BrowseConcept, ConceptCounts } from '@/server/taxonomy/browse-taxonomy';
import { ConceptCountsLine } from './concept-counts';
import { conceptName, rowHref } from './skills-url';

type TreeProps = {
  /** levels[0] is the top of the hierarchy; levels[d + 1] holds the children of trail[d]. */
  levels: BrowseConcept[][];
  /** Keys from a top concept down to the selected one: the open branch. */
  trail: string[];
  counts: ConceptCounts;
};

/** Tree links land on the selected row, so the level that just opened is in view. */
const CURRENT_ROW_ID = 'current-skill';

/** Tells unlabelled siblings apart: the start of the ESCO UUID (or the whole code of other frameworks). */
function shortCode(key: string): string {
  const code = key.split(/[/:]/).pop() ?? key;
  return /^[0-9a-f]{8}-/.test(code) ? code.slice(0, 8) : code;
}

/** The hierarchy as nested lists, open along the trail; every row is a link that opens it on the server. */
export function SkillTree(props: TreeProps) {
  return <TreeLevel {...props} depth={0} parentKey={null} />;
}

/** A selected concept's siblings beyond this many are folded (its neighbours stay), so a deep skill is not a 6,000 px page. */
const MAX_SIBLINGS = 15;
const NEIGHBOURS = 5;

/**
 * Which rows of a level to show: above the selected concept only the branch taken (its siblings are one click up);
 * at the selected concept's level, all siblings when few, else the selected one with its neighbours; below it, all.
 */
export function visibleRows<T extends { key: string }>(rows: T[], trail: string[], depth: number): { rows: T[]; hidden: number } {
  const selectedDepth = trail.length - 1;
  if (depth < selectedDepth) {
    const branch = rows.filter((row) => row.key === trail[depth]);
    return { rows: branch, hidden: rows.length - branch.length };
  }
  if (depth === selectedDepth && rows.length > MAX_SIBLINGS) {
    const at = Math.max(
      0,
      rows.findIndex((row) => row.key === trail[depth]),
    );
    const start = Math.min(Math.max(0, at - NEIGHBOURS), rows.length - (2 * NEIGHBOURS + 1));
    const shown = rows.slice(start, start + 2 * NEIGHBOURS + 1);
    return { rows: shown, hidden: rows.length - shown.length };
  }
  return { rows, hidden: 0 };
}

/** Where "show the other N" leads: the level's parent opened (its children listed in full), or the top of the hierarchy. */
function parentHref(levels: BrowseConcept[][], trail: string[], depth: number): string {
  if (depth === 0) return '/skills';
  const parent = levels[depth - 1]?.find((row) => row.key === trail[depth - 1]);
  return parent ? `${rowHref(parent, trail[depth - 2] ?? null)}#${CURRENT_ROW_ID}` : '/skills';
}

function TreeLevel({ levels, trail, counts, depth, parentKey }: TreeProps & { depth: number; parentKey: string | null }) {
  const all = levels[depth] ?? [];
  if (all.length === 0) return null;
  const { rows, hidden } = visibleRows(all, trail, depth);
  return (
    <ul className={clsx('space-y-0.5', depth > 0 && 'mt-0.5 ml-3 border-l border-slate-200 pl-1.5 sm:ml-4 sm:pl-2')}>
      {hidden > 0 && (
        <li className="px-1.5 py-1 sm:px-2">
          <Link href={parentHref(levels, trail, depth)} className="text-xs font-medium text-brand-700 underline-offset-4 hover:underline">
            {depth === 0 ? `Show all ${all.length} top groups` : `Show all ${all.length} in this group`}
            <span className="sr-only"> ({hidden} hidden here)</span>
          </Link>
        </li>
      )}
      {rows.map((row) => {
        const onTrail = trail[depth] === row.key;
        const selected = onTrail && depth === trail.length - 1;
        const hasChildren = row.childCount > 0;
        const expanded = onTrail && hasChildren && (levels[depth + 1]?.length ?? 0) > 0;
        return (
          <li key={row.key}>
            <div
              id={selected ? CURRENT_ROW_ID : undefined}
              className={clsx(
                'group relative flex scroll-mt-24 items-start gap-1.5 rounded-lg px-1.5 py-1.5 transition-colors sm:px-2',
                selected ? 'bg-brand-50 ring-1 ring-brand-200 ring-inset' : 'hover:bg-slate-50',
              )}
            >
              <span aria-hidden="true" className="mt-0.5 flex size-5 shrink-0 items-center justify-center text-slate-500">
                {hasChildren ? (
                  <ChevronDownIcon className={clsx('size-4 transition-transform', !expanded && '-rotate-90', onTrail && 'text-brand-700')} />
                ) : (
                  <span className="size-1.5 rounded-full bg-slate-300" />
                )}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link
                    href={`${rowHref(row, parentKey)}#${CURRENT_ROW_ID}`}
                    aria-current={selected ? 'page' : undefined}
                    aria-expanded={hasChildren ? expanded : undefined}
                    className={clsx(
                      'rounded text-[15px] leading-snug break-words after:absolute after:inset-0 after:rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
                      row.label ? 'text-slate-900' : 'text-slate-500 italic',
                      onTrail ? 'font-semibold' : 'font-medium group-hover:text-brand-800',
                    )}
                  >
                    {conceptName(row)}
                  </Link>
                  {row.notation && <Chip tone={onTrail ? 'brand' : 'neutral'}>{row.notation}</Chip>}
                  {!row.label && <span className="font-mono text-xs text-slate-500">{shortCode(row.key)}</span>}
                </div>
                <ConceptCountsLine counts={counts.get(row.key)} className="mt-0.5" hideEmpty />
                {selected && (
                  // On phones the details panel sits above the tree, out of sight once a row has scrolled into view.
                  <a
                    href="#concept-heading"
                    className="relative z-10 mt-1 inline-block text-xs font-medium text-brand-700 underline underline-offset-4 lg:hidden"
                  >
                    Details and links
                  </a>
                )}
              </div>
            </div>
            {expanded && <TreeLevel levels={levels} trail={trail} counts={counts} depth={depth + 1} parentKey={row.key} />}
          </li>
        );
      })}
    </ul>
  );
}
