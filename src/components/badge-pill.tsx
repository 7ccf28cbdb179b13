import clsx from 'clsx';
import type { ReactNode } from 'react';
import { trustLabel, trustOf, type BadgeState, type Trust, type VerificationLevel } from './badge-state';
import { BanIcon, ClockIcon, XCircleIcon } from './icons';
import { KnownIssuerIcon, UnknownIssuerIcon } from './trust-icons';

/**
 * Search-result colours: verified by a known issuer emerald, by an unknown one sky, unverified amber, failed or
 * revoked red, expired grey — always with an icon and words (shown or read out).
 */
const looks: Record<Trust, { short: string; pill: string; icon: (className: string) => ReactNode }> = {
  known_issuer: {
    short: 'Verified · known issuer',
    pill: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
    icon: (c) => <KnownIssuerIcon className={clsx(c, 'text-emerald-700')} />,
  },
  unknown_issuer: {
    short: 'Verified · issuer not known',
    pill: 'bg-sky-50 text-sky-900 ring-sky-300',
    icon: (c) => <UnknownIssuerIcon className={clsx(c, 'text-sky-700')} />,
  },
  unverified: { short: 'Unverified', pill: 'bg-amber-50 text-amber-900 ring-amber-200', icon: (c) => <ClockIcon className={clsx(c, 'text-amber-700')} /> },
  failed: { short: 'Failed', pill: 'bg-red-50 text-red-900 ring-red-200', icon: (c) => <XCircleIcon className={clsx(c, 'text-red-600')} /> },
  revoked: { short: 'Revoked', pill: 'bg-red-50 text-red-900 ring-red-200', icon: (c) => <BanIcon className={clsx(c, 'text-red-600')} /> },
  expired: { short: 'Expired', pill: 'bg-slate-100 text-slate-700 ring-slate-200', icon: (c) => <ClockIcon className={clsx(c, 'text-slate-500')} /> },
};

type TrustProps = { state: BadgeState; level?: VerificationLevel | null; issuerKnown?: boolean | null };

/** A badge as a small chip: its name, with the state as icon and colour (the words are read out, and shown on hover). */
export function BadgePill({ name, issuer, state, level, issuerKnown }: TrustProps & { name: string; issuer?: string }) {
  const trust = trustOf(state, { level, issuerKnown });
  const look = looks[trust];
  return (
    <span
      title={[name, issuer, trustLabel(trust)].filter(Boolean).join(' · ')}
      className={clsx('inline-flex max-w-full items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset', look.pill)}
    >
      {look.icon('size-3.5 shrink-0')}
      <span className="truncate">{name}</span>
      <span className="sr-only">({trustLabel(trust).toLowerCase()})</span>
    </span>
  );
}

/** The state alone, as a compact word chip (used beside an achievement name). */
export function BadgeStateTag({ state, level, issuerKnown }: TrustProps) {
  const trust = trustOf(state, { level, issuerKnown });
  const look = looks[trust];
  return (
    <span
      title={trustLabel(trust)}
      className={clsx('inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-px text-[11px] font-medium ring-1 ring-inset', look.pill)}
    >
      {look.icon('size-3')}
      {look.short}
    </span>
  );
}
