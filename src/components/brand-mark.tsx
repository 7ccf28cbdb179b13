/** The Badgeboard shield: a badge with a tick, because verification is the product. */
export function BrandMark({ className = 'size-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <path d="M16 2.5 4.5 6.6v8.6c0 7.1 4.9 12.6 11.5 14.3 6.6-1.7 11.5-7.2 11.5-14.3V6.6L16 2.5Z" className="fill-brand-700" />
      <path d="M16 5.6 7.5 8.6v6.6c0 5.4 3.6 9.7 8.5 11.2 4.9-1.5 8.5-5.8 8.5-11.2V8.6L16 5.6Z" className="fill-brand-600" />
      <path d="m11 15.8 3.4 3.4 6.8-7.2" fill="none" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" className="stroke-teal-300" />
    </svg>
  );
}

/** `compact`: the name hides on narrow screens, leaving room for the signed-in navigation. */
export function Wordmark({ compact = false }: { compact?: boolean }) {
  return (
    <span className="flex items-center gap-2">
      <BrandMark />
      <span
        className={compact ? 'hidden text-lg font-semibold tracking-tight text-slate-900 sm:inline' : 'text-lg font-semibold tracking-tight text-slate-900'}
      >
        Badgeboard
      </span>
    </span>
  );
}
