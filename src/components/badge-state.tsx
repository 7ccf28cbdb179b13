import type { ReactNode } from 'react';
import { Chip, type ChipTone } from './chip';
import { BanIcon, ClockIcon, XCircleIcon } from './icons';
import { KnownIssuerIcon, UnknownIssuerIcon } from './trust-icons';

import { BLOCKING_SKIPS, type BadgeState, type CheckName, type CheckResult, type VerificationLevel } from '@/lib/verification/model';
import type { RenderedCheck } from '@/lib/verification/render';

export type { BadgeState, CheckName, CheckStatus, VerificationLevel } from '@/lib/verification/model';
export type Check = RenderedCheck;

/** The six checks in the order they run, in the words shown to people. */
export const checkLabels: Record<CheckName, string> = {
  format: 'Format',
  proof: 'Signature / proof',
  issuer: 'Issuer',
  status: 'Revocation status',
  validity: 'Validity dates',
  recipient: 'Recipient',
};

/** What a chip shows: a state, and for a verified badge one of the two levels an employer can rely on. */
export type Trust = 'known_issuer' | 'unknown_issuer' | Exclude<BadgeState, 'verified'>;

type Look = { label: string; summary: string; tone: ChipTone; icon: (className: string) => ReactNode };

const looks: Record<Trust, Look> = {
  known_issuer: {
    label: 'Verified · known issuer',
    summary: 'All required checks passed, and the issuer is known to Badgeboard.',
    tone: 'verified',
    icon: (c) => <KnownIssuerIcon className={c} />,
  },
  unknown_issuer: {
    label: 'Verified · issuer not known to Badgeboard',
    summary: 'All required checks passed, but Badgeboard does not know who the issuer is: the issuer’s name is their own claim.',
    tone: 'info',
    icon: (c) => <UnknownIssuerIcon className={c} />,
  },
  unverified: { label: 'Unverified', summary: 'Some checks could not be completed yet.', tone: 'warning', icon: (c) => <ClockIcon className={c} /> },
  failed: { label: 'Failed', summary: 'A check failed, so this badge does not count as verified.', tone: 'danger', icon: (c) => <XCircleIcon className={c} /> },
  revoked: { label: 'Revoked', summary: 'The issuer has revoked this badge.', tone: 'danger', icon: (c) => <BanIcon className={c} /> },
  expired: { label: 'Expired', summary: 'This badge is past its expiry date.', tone: 'muted', icon: (c) => <ClockIcon className={c} /> },
};

/**
 * The chip's trust from a state and what is known of the issuer: pass the report's `level`
 * (`verificationLevel(report)`), or the badge row's `issuerKnown`. A verified badge with neither
 * is shown as "issuer not known", never as more than what is known.
 */
export function trustOf(state: BadgeState, known?: { level?: VerificationLevel | null; issuerKnown?: boolean | null }): Trust {
  if (state !== 'verified') return state;
  if (known?.level) return known.level;
  return known?.issuerKnown ? 'known_issuer' : 'unknown_issuer';
}

export function trustLabel(trust: Trust): string {
  return looks[trust].label;
}

export function trustSummary(trust: Trust): string {
  return looks[trust].summary;
}

/** The state's word alone ("Verified", "Failed"…), e.g. for a sentence. */
export function badgeStateLabel(state: BadgeState): string {
  return state === 'verified' ? 'Verified' : looks[state].label;
}

export function badgeStateSummary(state: BadgeState, level?: VerificationLevel | null): string {
  return looks[trustOf(state, { level })].summary;
}

/**
 * Colour, icon and words for a badge's state (never colour alone). For verified badges the words say
 * which level: give `level` (from the report) or `issuerKnown` (from the badge row).
 */
export function BadgeStateChip({
  state,
  level,
  issuerKnown,
  className = '',
}: {
  state: BadgeState;
  level?: VerificationLevel | null;
  issuerKnown?: boolean | null;
  className?: string;
}) {
  const look = looks[trustOf(state, { level, issuerKnown })];
  return (
    <Chip tone={look.tone} className={className} icon={look.icon('size-3.5 shrink-0')}>
      {look.label}
    </Chip>
  );
}

/** The check that explains a non-verified state, chosen the way the overall state was decided. */
export function failingCheck<C extends CheckResult>(state: BadgeState, checks: C[]): C | null {
  if (state === 'verified') return null;
  const failed = checks.filter((c) => c.status === 'failed');
  if (state === 'revoked') return failed.find((c) => c.check === 'status') ?? failed[0] ?? null;
  if (state === 'expired') return failed.find((c) => c.check === 'validity') ?? failed[0] ?? null;
  if (failed[0]) return failed[0];
  return checks.find((c) => c.status === 'skipped' && BLOCKING_SKIPS.has(c.code)) ?? checks.find((c) => c.status === 'skipped') ?? null;
}
