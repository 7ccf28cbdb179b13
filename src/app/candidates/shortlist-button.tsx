'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Spinner } from '@/components/button';
import { BookmarkIcon, CheckCircleIcon } from '@/components/icons';
import type { ShortlistOption } from './run-search';
import { problemDetail } from '@/lib/problem';

type Added = { shortlistId: string; name: string };

async function addToShortlist(body: { cvId: string; shortlistId?: string; newListName?: string }): Promise<Added> {
  const response = await fetch('/api/v1/shortlists', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json().catch(() => null)) as Added | null;
  if (!response.ok || !json) throw new Error(problemDetail(json) ?? 'The candidate could not be added. Try again.');
  return json;
}

/**
 * "Shortlist" on a result: a small popover with the organisation's lists and "New list…".
 * Lists are refreshed each time it opens, so a list made on another card shows up here too.
 */
export function ShortlistButton({
  cvId,
  candidateName,
  lists: initialLists,
  shortlisted,
}: {
  cvId: string;
  candidateName: string;
  lists: ShortlistOption[];
  shortlisted: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [lists, setLists] = useState(initialLists);
  const [creating, setCreating] = useState(initialLists.length === 0);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    popoverRef.current?.querySelector<HTMLElement>('button, input')?.focus();
    const controller = new AbortController();
    fetch('/api/v1/shortlists', { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { shortlists: ShortlistOption[] } | null) => body && setLists(body.shortlists))
      .catch(() => undefined);
    const onPointerDown = (event: PointerEvent) => {
      if (!popoverRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      controller.abort();
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  function close() {
    setOpen(false);
    setError(null);
    buttonRef.current?.focus();
  }

  async function add(target: { shortlistId: string } | { newListName: string }, key: string) {
    setPending(key);
    setError(null);
    try {
      setAdded(await addToShortlist({ cvId, ...target }));
      close();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : 'The candidate could not be added. Try again.');
    } finally {
      setPending(null);
    }
  }

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name) return setError('Name the new list.');
    void add({ newListName: name }, 'new');
  }

  return (
    <div className="flex shrink-0 flex-col items-end gap-1 sm:flex-row-reverse sm:items-center sm:gap-3">
      <div className="relative">
        <Button
          ref={buttonRef}
          variant="secondary"
          size="sm"
          aria-label={`Shortlist ${candidateName}`}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? `${id}-popover` : undefined}
          onClick={() => (open ? close() : setOpen(true))}
          className="max-sm:w-8 max-sm:px-0"
        >
          <BookmarkIcon className="size-4" />
          <span className="max-sm:sr-only">Shortlist</span>
        </Button>
        {open && (
          <div
            ref={popoverRef}
            id={`${id}-popover`}
            role="dialog"
            aria-label={`Shortlist ${candidateName}`}
            onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), close())}
            className="absolute top-full right-0 z-30 mt-2 w-72 max-w-[calc(100vw-2.5rem)] rounded-xl border border-slate-200 bg-white p-2 text-left shadow-lg ring-1 ring-slate-900/5"
          >
            <p className="px-2 pt-1 pb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Add to a shortlist</p>
            {lists.length > 0 && (
              <ul className="max-h-56 overflow-y-auto">
                {lists.map((list) => (
                  <li key={list.id}>
                    <button
                      type="button"
                      disabled={pending !== null}
                      onClick={() => add({ shortlistId: list.id }, list.id)}
                      className="flex w-full items-center justify-between gap-3 rounded-lg px-2 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100 disabled:opacity-60"
                    >
                      <span className="min-w-0 truncate font-medium">{list.name}</span>
                      {pending === list.id ? (
                        <Spinner className="size-4 text-slate-500" />
                      ) : (
                        <span className="shrink-0 text-xs text-slate-500">
                          {list.candidates} {list.candidates === 1 ? 'candidate' : 'candidates'}
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="mt-1 border-t border-slate-100 pt-1">
              {creating ? (
                <form onSubmit={onCreate} className="space-y-2 p-2">
                  <label htmlFor={`${id}-name`} className="block text-sm font-medium text-slate-800">
                    New list name
                  </label>
                  <input
                    id={`${id}-name`}
                    name="name"
                    maxLength={80}
                    autoFocus
                    placeholder="e.g. Data analysts, spring"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    className="block h-9 w-full rounded-lg border border-slate-300 px-2.5 text-sm shadow-xs focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none"
                  />
                  <Button type="submit" size="sm" className="w-full" pending={pending === 'new'}>
                    Create list and add
                  </Button>
                </form>
              ) : (
                <button
                  type="button"
                  onClick={() => setCreating(true)}
                  className="w-full rounded-lg px-2 py-2 text-left text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:bg-brand-50"
                >
                  + New list…
                </button>
              )}
            </div>
            {error && (
              <p id={`${id}-error`} role="alert" className="px-2 pb-1 text-sm text-red-700">
                {error}
              </p>
            )}
          </div>
        )}
      </div>
      <p role="status" className="text-right text-xs font-medium text-emerald-700 sm:text-sm">
        {added ? (
          <Link href={`/shortlists/${added.shortlistId}`} className="inline-flex items-center gap-1 hover:underline">
            <CheckCircleIcon className="size-4 shrink-0" />
            <span>
              Shortlisted<span className="max-sm:sr-only"> in {added.name}</span>
            </span>
          </Link>
        ) : shortlisted ? (
          <span className="inline-flex items-center gap-1">
            <CheckCircleIcon className="size-4 shrink-0" /> Shortlisted
          </span>
        ) : null}
      </p>
    </div>
  );
}
