import clsx from 'clsx';
import type { ReactNode } from 'react';
import { BadgeIcon, CheckCircleIcon, SkillsIcon, UserIcon, XCircleIcon } from './icons';

export type RequirementItem = {
  id: string;
  kind: 'skill' | 'achievement';
  label: string;
  minLevel?: string | null;
  /** Absent when nobody is being compared (signed out, or an employer reading the role). */
  met?: 'verified' | 'claimed' | 'missing';
  /** `issuerKnown` false: verified, but the issuer is not known to Badgeboard (the role accepts such badges). */
  badge?: { name: string; issuerName: string; issuerKnown?: boolean } | null;
  /** Shown under the status, e.g. the badges that would meet a missing requirement. */
  extra?: ReactNode;
};

type Perspective = 'seeker' | 'employer';

const missingWords: Record<Perspective, string> = { seeker: 'You do not hold this yet', employer: 'Not met' };
const claimedWords: Record<Perspective, string> = {
  seeker: 'Claimed: on your CV, not verified by a badge',
  employer: 'Claimed: on their CV, not verified by a badge',
};

function KindTag({ kind }: { kind: RequirementItem['kind'] }) {
  return (
    <span className="inline-flex items-center gap-1 rounded bg-slate-100 px-1.5 py-px align-[1px] text-[11px] font-medium text-slate-600 ring-1 ring-slate-200 ring-inset">
      {kind === 'skill' ? <SkillsIcon className="size-3" /> : <BadgeIcon className="size-3" />}
      {kind === 'skill' ? 'Skill' : 'Badge'}
    </span>
  );
}

function StatusIcon({ item }: { item: RequirementItem }) {
  const base = 'mt-0.5 size-4.5 shrink-0';
  if (item.met === 'verified') return <CheckCircleIcon className={clsx(base, 'text-emerald-600')} />;
  if (item.met === 'claimed') return <UserIcon className={clsx(base, 'text-amber-600')} />;
  if (item.met === 'missing') return <XCircleIcon className={clsx(base, 'text-slate-500')} />;
  return item.kind === 'skill' ? <SkillsIcon className={clsx(base, 'text-brand-500')} /> : <BadgeIcon className={clsx(base, 'text-brand-500')} />;
}

const srStatus = { verified: 'Met: ', claimed: 'Claimed: ', missing: 'Missing: ' } as const;

/**
 * A role's requirements, each with how a seeker stands against it: ✓ met by a named verified badge (emerald),
 * claimed on the CV without a badge (amber), or missing (✗). Colour never carries the meaning alone.
 */
export function JobRequirementList({
  items,
  perspective = 'seeker',
  compact = false,
  className,
}: {
  items: RequirementItem[];
  perspective?: Perspective;
  compact?: boolean;
  className?: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className={clsx(compact ? 'space-y-1.5' : 'divide-y divide-slate-100', className)}>
      {items.map((item) => (
        <li key={item.id} className={clsx('flex gap-2.5 text-sm', !compact && 'py-3 first:pt-0 last:pb-0')}>
          <StatusIcon item={item} />
          <div className="min-w-0 flex-1">
            <p className={clsx('break-words', item.met === 'missing' ? 'text-slate-600' : 'text-slate-900')}>
              {item.met && <span className="sr-only">{srStatus[item.met]}</span>}
              <span className="font-medium">{item.label}</span>
              {!compact && (
                <>
                  {' '}
                  <KindTag kind={item.kind} />
                </>
              )}
              {item.minLevel && <span className="ml-1.5 text-xs whitespace-nowrap text-slate-500">min. level {item.minLevel}</span>}
            </p>
            {item.met === 'verified' && item.badge && (
              <p className={clsx('mt-0.5 text-emerald-800', compact ? 'text-xs' : 'text-[13px]')}>
                Verified by <span className="font-medium">{item.badge.name}</span>
                <span className="text-emerald-700"> · {item.badge.issuerName}</span>
                {item.badge.issuerKnown === false && <span className="text-amber-800"> · issuer not known to Badgeboard</span>}
              </p>
            )}
            {item.met === 'claimed' && <p className={clsx('mt-0.5 text-amber-800', compact ? 'text-xs' : 'text-[13px]')}>{claimedWords[perspective]}</p>}
            {item.met === 'missing' && !compact && <p className="mt-0.5 text-[13px] text-slate-500">{missingWords[perspective]}</p>}
            {item.extra}
          </div>
        </li>
      ))}
    </ul>
  );
}
