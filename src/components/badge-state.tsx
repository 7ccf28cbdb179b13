import type { ReactNode } from 'react';
import { Chip } from './chip';
import { BanIcon, ClockIcon, VerifiedIcon, XCircleIcon } from './icons';

import { BLOCKING_SKIPS, type BadgeState, type CheckName, type CheckResult } from '@/lib/verification/model';
import type { RenderedCheck } from '@/lib/verification/render';

export type { BadgeState, CheckName, CheckStatus } from '@/lib/verification/model';
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

const states: Record<BadgeState, { label: string; summary: string; chip: (className: string) => ReactNode }> = {
  verified: {
    label: 'Verified',
    summary: 'All required checks passed.',
    chip: (c) => (
      <Chip tone="verified" className={c} icon={<VerifiedIcon className="size-3.5" />}>
        Verified
      </Chip>
    ),
  },
  unverified: {
    label: 'Unverified',
    summary: 'Some checks could not be completed yet.',
    chip: (c) => (
      <Chip tone="warning" className={c} icon={<ClockIcon className="size-3.5" />}>
        Unverified
      </Chip>
    ),
  },
  failed: {
    label: 'Failed',
    summary: 'A check failed, so this badge does not count as verified.',
    chip: (c) => (
      <Chip tone="danger" className={c} icon={<XCircleIcon className="size-3.5" />}>
        Failed
      </Chip>
    ),
  },
  revoked: {
    label: 'Revoked',
    summary: 'The issuer has revoked this badge.',
    chip: (c) => (
      <Chip tone="neutral" className={c} icon={<BanIcon className="size-3.5 text-red-600" />}>
        Revoked
      </Chip>
    ),
  },
  expired: {
    label: 'Expired',
    summary: 'This badge is past its expiry date.',
    chip: (c) => (
      <Chip tone="muted" className={c} icon={<ClockIcon className="size-3.5" />}>
        Expired
      </Chip>
    ),
  },
};

export function badgeStateLabel(state: BadgeState): string {
  return states[state].label;
}

export function badgeStateSummary(state: BadgeState): string {
  return states[state].summary;
}

/** Colour, icon and word for a badge's overall state (never colour alone). */
export function BadgeStateChip({ state, className = '' }: { state: BadgeState; className?: string }) {
  return <>{states[state].chip(className)}</>;
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


