import clsx from 'clsx';
import type { ComponentProps } from 'react';

/** The white surface every panel sits on. */
export function Card({ className, ...rest }: ComponentProps<'div'>) {
  return <div className={clsx('rounded-xl border border-slate-200 bg-white shadow-xs', className)} {...rest} />;
}
