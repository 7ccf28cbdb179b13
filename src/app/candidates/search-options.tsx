'use client';

import clsx from 'clsx';
import { useRouter } from 'next/navigation';
import { useTransition, type ReactNode } from 'react';
import { Spinner } from '@/components/button';

type Options = { verified: boolean; unknownIssuers: boolean; match: 'all' | 'any'; sort: 'relevance' | 'requirements' | 'recent' };

const sorts: { value: Options['sort']; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'requirements', label: 'Most requirements met' },
  { value: 'recent', label: 'Recently verified' },
];

function Switch({ checked, disabled, onToggle, children }: { checked: boolean; disabled?: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={onToggle}
      className="group inline-flex items-center gap-2.5 rounded-md font-medium text-slate-800 disabled:cursor-not-allowed disabled:opacity-50"
    >
      <span
        aria-hidden="true"
        className={clsx(
          'relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors',
          checked ? 'bg-emerald-600' : 'bg-slate-300 group-hover:bg-slate-400',
        )}
      >
        <span className={clsx('size-4 rounded-full bg-white shadow-sm transition-transform', checked ? 'translate-x-4.5' : 'translate-x-0.5')} />
      </span>
      {children}
    </button>
  );
}

/**
 * Verified-only switch (known issuers by default, with a second switch that includes issuers not known to
 * Badgeboard), all/any selector and sort: each change goes straight into the URL (defaults are left out,
 * so links stay short) and starts again at page 1. `query` is the current search without paging.
 */
export function SearchOptions({ query, options, hasRequirements }: { query: string; options: Options; hasRequirements: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function go(change: Partial<Options>) {
    const next = { ...options, ...change };
    const params = new URLSearchParams(query);
    params.delete('verified');
    params.delete('match');
    params.delete('sort');
    params.delete('unknownIssuers');
    if (next.match === 'any') params.set('match', 'any');
    if (!next.verified) params.set('verified', '0');
    if (next.verified && next.unknownIssuers) params.set('unknownIssuers', '1');
    if (next.sort !== 'relevance') params.set('sort', next.sort);
    const search = params.toString();
    startTransition(() => router.push(search ? `/candidates?${search}` : '/candidates', { scroll: false }));
  }

  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3 text-sm" aria-busy={pending || undefined}>
      <Switch checked={options.verified} onToggle={() => go({ verified: !options.verified })}>
        Verified badges only
      </Switch>
      <Switch
        checked={options.verified && options.unknownIssuers}
        disabled={!options.verified}
        onToggle={() => go({ unknownIssuers: !options.unknownIssuers })}
      >
        Include issuers not known to Badgeboard
      </Switch>

      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">How requirements combine</legend>
        <span className="hidden text-slate-600 sm:inline" aria-hidden="true">
          Match
        </span>
        <div className="inline-flex rounded-lg bg-slate-100 p-0.5" title={hasRequirements ? undefined : 'Applies once you add requirements'}>
          {(['all', 'any'] as const).map((value) => (
            <label
              key={value}
              className={clsx(
                'inline-flex h-7 cursor-pointer items-center rounded-md px-2.5 font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-brand-600',
                options.match === value ? 'bg-white text-slate-900 shadow-xs ring-1 ring-slate-200' : 'text-slate-600 hover:text-slate-900',
              )}
            >
              <input
                type="radio"
                name="match-choice"
                value={value}
                checked={options.match === value}
                onChange={() => go({ match: value })}
                className="sr-only"
              />
              {value === 'all' ? 'All requirements' : 'Any requirement'}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="inline-flex items-center gap-2">
        <span className="text-slate-600">Sort by</span>
        <select
          value={options.sort}
          onChange={(event) => go({ sort: event.target.value as Options['sort'] })}
          className="h-8 rounded-lg border border-slate-300 bg-white pr-8 pl-2.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none"
        >
          {sorts.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </label>
      {pending && <Spinner className="size-4 text-slate-500" />}
    </div>
  );
}
