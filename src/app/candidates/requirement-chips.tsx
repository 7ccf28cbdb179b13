import clsx from 'clsx';
import Link from 'next/link';
import { BadgeIcon, SkillsIcon, XIcon } from '@/components/icons';
import { requirementCodeLabel } from '@/components/match-explanation';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { withoutClaimHref, withoutRequirementHref } from './search-url';

/** A requirement as shown: null label while loading; `unknown` when the code names no skill. */
export type RequirementLabel = { kind: 'skill' | 'achievement'; code: string; label: string | null; unknown?: boolean };

function RemoveLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-label={`Remove ${label}`}
      className="-my-1 -mr-1.5 ml-0.5 flex size-6 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-700"
    >
      <XIcon className="size-3.5" />
    </Link>
  );
}

/**
 * "Must have" chips: label, short code, and ✕ to drop the requirement (a link, so Back brings it back).
 * `labels` lines up with `filters.req`; a null label is still loading and shows the code alone.
 */
export function RequirementChips({
  filters,
  labels,
  claimLabels,
}: {
  filters: CandidateFilters;
  labels: RequirementLabel[];
  claimLabels: Map<string, string>;
}) {
  if (filters.req.length === 0 && filters.claimed.length === 0) {
    return <p className="text-sm text-slate-500">No requirements yet. Add a skill, a skill group or a badge that candidates must hold.</p>;
  }
  return (
    <ul className="flex flex-wrap gap-2" aria-label={filters.match === 'any' ? 'Requirements, at least one must be met' : 'Requirements, all must be met'}>
      {labels.map((requirement, index) => {
        const name = requirement.label ?? requirementCodeLabel(requirement.kind, requirement.code);
        const Icon = requirement.kind === 'skill' ? SkillsIcon : BadgeIcon;
        return (
          <li
            key={`${requirement.kind}:${requirement.code}`}
            className={clsx(
              'inline-flex max-w-full items-center gap-1.5 rounded-full py-1 pr-2.5 pl-2.5 text-sm ring-1 ring-inset',
              requirement.unknown ? 'bg-red-50 text-red-900 ring-red-300' : 'bg-brand-50 text-brand-900 ring-brand-200',
            )}
          >
            <Icon className={clsx('size-4 shrink-0', requirement.unknown ? 'text-red-600' : 'text-brand-600')} />
            <span className="sr-only">{requirement.kind === 'skill' ? 'Skill:' : 'Badge:'}</span>
            <span className={requirement.label ? 'truncate font-medium' : 'h-4 w-24 animate-pulse rounded bg-brand-100'}>{requirement.label ?? ''}</span>
            {requirement.unknown ? (
              <span className="text-xs text-red-700">unknown code</span>
            ) : (
              requirement.label !== requirement.code && (
                <span
                  title={requirement.code}
                  className="rounded bg-white/80 px-1.5 py-px font-mono text-[11px] text-brand-700 ring-1 ring-brand-200 ring-inset"
                >
                  {requirementCodeLabel(requirement.kind, requirement.code)}
                </span>
              )
            )}
            <RemoveLink href={withoutRequirementHref(filters, index)} label={name} />
          </li>
        );
      })}
      {filters.claimed.map((code) => (
        <li
          key={`claimed:${code}`}
          className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-amber-50 py-1 pr-2.5 pl-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          <span className="truncate font-medium">{claimLabels.get(code) ?? code}</span>
          <span className="text-xs text-amber-700">claimed</span>
          <RemoveLink href={withoutClaimHref(filters, code)} label={claimLabels.get(code) ?? code} />
        </li>
      ))}
    </ul>
  );
}
