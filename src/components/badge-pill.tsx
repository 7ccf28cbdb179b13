import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { BadgeState } from './badge-state';
import { BanIcon, ClockIcon, VerifiedIcon, XCircleIcon } from './icons';

/** Search-result colours: verified emerald, unverified amber, failed or revoked red, expired grey — always with an icon and a word. */
const looks: Record<BadgeState, { label: string; pill: string; icon: (className: string) => ReactNode }> = {
  verified: { label: 'Verified', pill: 'bg-emerald-50 text-emerald-900 ring-emerald-200', icon: (c) => <VerifiedIcon className={clsx(c, 'text-emerald-600')} /> },
  unverified: { label: 'Unverified', pill: 'bg-amber-50 text-amber-900 ring-amber-200', icon: (c) => <ClockIcon className={clsx(c, 'text-amber-600')} /> },
  failed: { label: 'Failed', pill: 'bg-red-50 text-red-900 ring-red-200', icon: (c) => <XCircleIcon className={clsx(c, 'text-red-600')} /> },
  revoked: { label: 'Revoked', pill: 'bg-red-50 text-red-900 ring-red-200', icon: (c) => <BanIcon className={clsx(c, 'text-red-600')} /> },
  expired: { label: 'Expired', pill: 'bg-slate-100 text-slate-600 ring-slate-200', icon: (c) => <ClockIcon className={clsx(c, 'text-slate-500')} /> },
};

/** A badge as a small chip: its name, with the state as icon and colour (the word is read out, and shown on hover). */
export function BadgePill({ name, issuer, state }: { name: string; issuer?: string; state: BadgeState }) {
  const look = looks[state];
  return (
    <span
      title={[name, issuer, look.label].filter(Boolean).join(' · ')}
      className={clsx('inline-flex max-w-full items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset', look.pill)}
    >
      {look.icon('size-3.5 shrink-0')}
      <span className="truncate">{name}</span>
      <span className="sr-only">({look.label.toLowerCase()})</span>
    </span>
  );
}

/** The state alone, as a compact word chip (used beside an achievement name). */
export function BadgeStateTag({ state }: { state: BadgeState }) {
  const look = looks[state];
  return (
    <span className={clsx('inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-px text-[11px] font-medium ring-1 ring-inset', look.pill)}>
      {look.icon('size-3')}
      {look.label}
    </span>
  );
}
