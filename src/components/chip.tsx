import clsx from 'clsx';
import type { ReactNode } from 'react';

type Tone = 'neutral' | 'verified' | 'info' | 'brand' | 'warning' | 'danger' | 'muted';

const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  verified: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  // Verified, but by an issuer Badgeboard does not know: not the green of "known", not a warning either.
  info: 'bg-sky-50 text-sky-900 ring-sky-300',
  brand: 'bg-brand-50 text-brand-800 ring-brand-200',
  warning: 'bg-amber-50 text-amber-800 ring-amber-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
  muted: 'bg-slate-50 text-slate-600 ring-slate-200',
};

export type ChipTone = Tone;

export function Chip({ tone = 'neutral', icon, children, className }: { tone?: Tone; icon?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <span
      className={clsx(
        'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
        className,
      )}
    >
      {icon}
      {children}
    </span>
  );
}
