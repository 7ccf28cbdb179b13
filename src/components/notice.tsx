import clsx from 'clsx';
import type { ReactNode } from 'react';
import { AlertIcon, CheckCircleIcon, ClockIcon, InfoIcon } from './icons';

type Tone = 'info' | 'success' | 'warning' | 'error';

const tones: Record<Tone, { box: string; icon: ReactNode }> = {
  info: { box: 'border-brand-200 bg-brand-50 text-brand-900', icon: <InfoIcon className="size-5 text-brand-600" /> },
  success: { box: 'border-emerald-200 bg-emerald-50 text-emerald-900', icon: <CheckCircleIcon className="size-5 text-emerald-600" /> },
  warning: { box: 'border-amber-200 bg-amber-50 text-amber-900', icon: <ClockIcon className="size-5 text-amber-600" /> },
  error: { box: 'border-red-200 bg-red-50 text-red-900', icon: <AlertIcon className="size-5 text-red-600" /> },
};

/**
 * A one-message panel. `live` makes it announce itself when it appears (status for good news,
 * alert for problems); leave it off for notices that are simply part of the page.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  live = false,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  live?: boolean;
  className?: string;
}) {
  return (
    <div
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      className={clsx('flex gap-3 rounded-lg border px-4 py-3 text-sm', tones[tone].box, className)}
    >
      <span className="mt-px shrink-0">{tones[tone].icon}</span>
      <div className="min-w-0 space-y-1">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className={clsx(title && 'opacity-90')}>{children}</div>}
      </div>
    </div>
  );
}
