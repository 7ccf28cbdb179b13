import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { PresentedReport } from '@/lib/verification/present';
import { BadgeStateChip, checkLabels, trustOf, trustSummary, type BadgeState, type CheckName, type CheckStatus } from './badge-state';
import { EndorsementList } from './endorsement-list';
import { AlertIcon, CheckCircleIcon, MinusCircleIcon, XCircleIcon } from './icons';
import { IssuerTrustPanel } from './issuer-trust-panel';
import { TimeAgo } from './time-ago';

const order: CheckName[] = ['format', 'proof', 'issuer', 'status', 'validity', 'recipient'];

const statuses: Record<CheckStatus, { word: string; icon: ReactNode; wordClass: string; row: string }> = {
  ok: { word: 'Passed', icon: <CheckCircleIcon className="size-5 text-emerald-600" />, wordClass: 'text-emerald-700', row: '' },
  failed: { word: 'Failed', icon: <XCircleIcon className="size-5 text-red-600" />, wordClass: 'text-red-700', row: 'bg-red-50/60' },
  warning: { word: 'Warning', icon: <AlertIcon className="size-5 text-amber-600" />, wordClass: 'text-amber-800', row: 'bg-amber-50/50' },
  skipped: { word: 'Not checked', icon: <MinusCircleIcon className="size-5 text-slate-500" />, wordClass: 'text-slate-600', row: '' },
};

const headerTone: Record<BadgeState, string> = {
  verified: 'bg-emerald-50/70 border-emerald-100',
  unverified: 'bg-amber-50/70 border-amber-100',
  failed: 'bg-red-50/70 border-red-100',
  revoked: 'bg-slate-50 border-slate-200',
  expired: 'bg-slate-50 border-slate-200',
};

/**
 * The checks behind a badge's state, as `presentReport(report, audience)` gives them (the object the API and the
 * CLI's `--json` carry too): each check's status and reason, its warnings beneath it, who the issuer is, and any
 * endorsements. `actions` (e.g. "Check again") and `nextCheck` (when the scheduler takes it next) are for the badge's owner.
 */
export function VerificationReport({
  report,
  actions,
  nextCheck,
  now = new Date(),
}: {
  report: PresentedReport;
  actions?: ReactNode;
  nextCheck?: Date;
  now?: Date;
}) {
  const { state, checks, level } = report;
  const byName = new Map(checks.map((check) => [check.check, check]));
  const tally = (['ok', 'warning', 'failed', 'skipped'] as const)
    .map((status) => ({ status, count: order.filter((name) => (byName.get(name)?.status ?? 'skipped') === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${statuses[status].word.toLowerCase()}`)
    .join(' · ');
  const headerVerified = state === 'verified' && level !== 'known_issuer' ? 'bg-sky-50/70 border-sky-100' : headerTone[state];
  return (
    <section aria-label="Verification report" className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
      <div className={clsx('flex flex-col gap-4 border-b p-5 sm:flex-row sm:items-start sm:justify-between sm:p-6', headerVerified)}>
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-base font-semibold text-slate-900">Verification report</h2>
            <BadgeStateChip state={state} level={level} />
          </div>
          <p className="mt-1.5 text-sm text-slate-700">
            {trustSummary(trustOf(state, { level }))} <span className="text-slate-600">({tally})</span>
          </p>
          <p className="mt-1 text-sm text-slate-600">
            Last checked <TimeAgo date={new Date(report.checkedAt)} />
            {nextCheck && (
              <>
                {' · '}next check {nextCheck > now ? <TimeAgo date={nextCheck} /> : 'due now'}
              </>
            )}
          </p>
        </div>
        {actions}
      </div>
      <IssuerTrustPanel issuer={report.issuer} />
      <ol className="divide-y divide-slate-100">
        {order.map((name) => {
          const check = byName.get(name) ?? { check: name, status: 'skipped' as const, reason: 'This check did not run.', noteReasons: [] as string[] };
          const status = statuses[check.status];
          return (
            <li key={name} className={clsx('flex gap-3 px-5 py-4 sm:px-6', status.row)}>
              <span className="mt-0.5 shrink-0">{status.icon}</span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <h3 className="text-sm font-semibold text-slate-900">{checkLabels[name]}</h3>
                  <span className={clsx('text-xs font-semibold tracking-wide uppercase', status.wordClass)}>{status.word}</span>
                </div>
                <p className="mt-0.5 text-sm break-words text-slate-700">{check.reason}</p>
                {check.noteReasons.length > 0 && (
                  <ul aria-label={`${checkLabels[name]} warnings`} className="mt-2 space-y-1">
                    {check.noteReasons.map((note) => (
                      <li key={note} className="flex gap-1.5 text-sm break-words text-amber-900">
                        <AlertIcon className="mt-0.5 size-4 shrink-0 text-amber-600" />
                        <span>
                          <span className="sr-only">Warning: </span>
                          {note}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <EndorsementList endorsements={report.endorsements} />
    </section>
  );
}
