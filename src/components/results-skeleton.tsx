/** Placeholder for a facets column and three result cards while a search loads. */
export function ResultsSkeleton({ label, avatar = 'rounded-full' }: { label: string; avatar?: 'rounded-full' | 'rounded-lg' }) {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[15.5rem_minmax(0,1fr)]" aria-busy="true" aria-label={label}>
      <div className="hidden h-96 animate-pulse rounded-xl border border-slate-200 bg-white lg:block" />
      <div className="space-y-3">
        <div className="h-5 w-48 animate-pulse rounded bg-slate-200" />
        {[0, 1, 2].map((i) => (
          <div key={i} className="rounded-xl border border-slate-200 bg-white p-5">
            <div className="flex gap-4">
              <div className={`size-11 animate-pulse bg-slate-100 ${avatar}`} />
              <div className="flex-1 space-y-3">
                <div className="h-4 w-1/3 animate-pulse rounded bg-slate-200" />
                <div className="h-3.5 w-2/3 animate-pulse rounded bg-slate-100" />
                <div className="h-3.5 w-full animate-pulse rounded bg-slate-100" />
              </div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
