import type { ReactNode } from 'react';

/** A dashed placeholder for a list with nothing in it yet: an icon, what is missing, and what to do about it. */
export function EmptyState({
  icon,
  title,
  children,
  headingLevel = 'h2',
}: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-6 py-10 text-center sm:py-12">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">{icon}</span>
      <Heading className="mt-4 text-sm font-semibold text-slate-900">{title}</Heading>
      {children && <div className="mx-auto mt-1 max-w-sm text-sm text-slate-600">{children}</div>}
    </div>
  );
}
