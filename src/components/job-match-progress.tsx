import clsx from 'clsx';

/** "1 of 2 required" as a bar: how much of a role's required list the seeker's verified badges cover. */
export function JobMatchProgress({ held, total, className }: { held: number; total: number; className?: string }) {
  const share = total > 0 ? Math.min(1, held / total) : 0;
  const label = `${held} of ${total} required`;
  return (
    <div className={clsx('flex items-center gap-3', className)}>
      <div
        role="progressbar"
        aria-label="Required badges and skills you hold"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={held}
        aria-valuetext={label}
        className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={clsx('h-full rounded-full', share >= 1 ? 'bg-emerald-500' : 'bg-amber-500')} style={{ width: `${Math.max(share * 100, 4)}%` }} />
      </div>
      <span className="shrink-0 text-xs font-medium text-slate-700 tabular-nums">{label}</span>
    </div>
  );
}
