import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A section of the guide, reachable by its anchor. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-24">
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      <div className="mt-3 space-y-4 text-[15px] leading-relaxed text-slate-700">{children}</div>
    </section>
  );
}

/** A command or a JSON body to copy: kept as written, scrolled sideways on a narrow screen rather than wrapped. */
export function CodeBlock({ label, children }: { label?: string; children: string }) {
  return (
    <figure className="min-w-0">
      {label && <figcaption className="mb-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</figcaption>}
      {/* Focusable, so a keyboard can scroll a long line into view. */}
      <pre
        tabIndex={0}
        className="overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-[13px] leading-relaxed text-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <code>{children}</code>
      </pre>
    </figure>
  );
}

/** Inline code in running text. */
export function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800">{children}</code>;
}

/** A table of the guide: white panel, small uppercase headings; a `min-w-*` class makes it scroll sideways on a phone. */
export function GuideTable({
  caption,
  columns,
  tableClassName,
  children,
}: {
  caption: string;
  columns: string[];
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <table className={clsx('w-full text-left text-sm', tableClassName)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-2.5">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">{children}</tbody>
      </table>
    </div>
  );
}
