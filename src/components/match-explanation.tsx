import clsx from 'clsx';
import type { MatchExplanation as Match } from '@/server/search/search-candidates';
import { BadgeStateTag } from './badge-pill';
import { CheckCircleIcon, MinusCircleIcon, UserIcon } from './icons';

/** Short, readable form of a requirement code: notations stay ("S5"), long ids become a word. */
export function requirementCodeLabel(kind: 'skill' | 'achievement', code: string): string {
  if (code.length <= 14 && !code.includes('/')) return code;
  if (kind === 'achievement') return 'badge';
  return code.includes('data.europa.eu/esco') ? 'ESCO' : 'skill';
}

function CodeChip({ kind, code }: { kind: 'skill' | 'achievement'; code: string }) {
  return (
    <span title={code} className="rounded bg-slate-100 px-1.5 py-px font-mono text-[11px] text-slate-600 ring-1 ring-slate-200 ring-inset">
      {requirementCodeLabel(kind, code)}
    </span>
  );
}

/**
 * "Why this candidate": each requirement with the badge that met it (the search's inner hits) and that badge's level,
 * or "not met" when any requirement is enough; self-declared skills are marked as claims.
 */
export function MatchExplanation({ matches, requirementsMet }: { matches: Match[]; requirementsMet: number }) {
  const required = matches.filter((match) => !match.claimed);
  if (matches.length === 0) return null;
  return (
    <section aria-label="Why this candidate" className="mt-4 rounded-lg border border-slate-200 bg-slate-50/70 px-3 py-2.5 sm:px-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Why this candidate</h4>
        {required.length > 0 && (
          <p className="text-xs text-slate-500">
            Meets <span className="font-semibold text-slate-800">{requirementsMet}</span> of {required.length}{' '}
            {required.length === 1 ? 'requirement' : 'requirements'}
          </p>
        )}
      </div>
      <ul className="mt-1.5 divide-y divide-slate-200/70">
        {matches.map((match, index) => (
          <MatchRow key={`${match.requirement.kind}:${match.requirement.key}:${index}`} match={match} />
        ))}
      </ul>
    </section>
  );
}

/** Which level of "verified" the matching badge has: its issuer known to Badgeboard, or only verified. */
function LevelNote({ badge }: { badge: Match['badges'][number] }) {
  if (badge.state !== 'verified') return <span className="text-xs text-amber-800">still being checked</span>;
  return badge.issuer_known ? (
    <span className="text-xs text-emerald-800">known issuer</span>
  ) : (
    <span className="text-xs text-amber-800">issuer not known to Badgeboard</span>
  );
}

function MatchRow({ match }: { match: Match }) {
  const { requirement, badges, claimed } = match;
  const badge = badges[0];
  const met = badge !== undefined;
  return (
    <li className="flex flex-col gap-1 py-1.5 text-sm sm:flex-row sm:items-start sm:gap-3">
      <div className="flex min-w-0 items-start gap-2 sm:w-2/5 sm:shrink-0">
        {claimed ? (
          <UserIcon className="mt-0.5 size-4 shrink-0 text-amber-600" />
        ) : met ? (
          <CheckCircleIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
        ) : (
          <MinusCircleIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
        )}
        <span className={clsx('min-w-0 font-medium', met || claimed ? 'text-slate-800' : 'text-slate-500')}>
          {requirement.label} <CodeChip kind={requirement.kind} code={requirement.code} />
        </span>
      </div>
      <div className="min-w-0 pl-6 sm:pl-0">
        {claimed ? (
          <span className="text-amber-800">claimed (not verified)</span>
        ) : met ? (
          <span className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-700">
            <span className="sr-only">Met by</span>
            <span className="font-medium text-slate-900 max-sm:basis-full">{badge.achievement_name}</span>
            <span aria-hidden="true" className="text-slate-500 max-sm:hidden">
              ·
            </span>
            <span className="text-slate-600">{badge.issuer_name}</span>
            <BadgeStateTag state={badge.state} issuerKnown={badge.issuer_known} />
            <LevelNote badge={badge} />
            {badges.length > 1 && <span className="text-xs text-slate-500">+{badges.length - 1} more</span>}
          </span>
        ) : (
          <span className="text-slate-500 italic">not met</span>
        )}
      </div>
    </li>
  );
}
