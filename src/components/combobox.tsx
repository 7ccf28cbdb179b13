'use client';

import clsx from 'clsx';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Spinner } from './button';
import { SearchIcon } from './icons';

type Status = 'idle' | 'loading' | 'ready' | 'error';

type ComboboxProps<T> = {
  label: string;
  placeholder?: string;
  /** Fetches suggestions; aborted when the text changes again. */
  load: (query: string, signal: AbortSignal) => Promise<T[]>;
  optionKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onPick: (item: T) => void;
  noResults: (query: string) => ReactNode;
  disabled?: boolean;
  hint?: ReactNode;
  autoFocus?: boolean;
};

const DEBOUNCE_MS = 150;

/**
 * An autocomplete text box (WAI-ARIA combobox with a listbox popup): Up/Down move, Enter picks,
 * Escape closes (or clears). Enter never submits the surrounding form.
 */
export function Combobox<T>({ label, placeholder, load, optionKey, renderOption, onPick, noResults, disabled, hint, autoFocus }: ComboboxProps<T>) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : undefined;
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const loadRef = useRef(load);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    loadRef.current = load;
  }, [load]);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus('loading');
      loadRef.current(text, controller.signal).then(
        (results) => {
          setItems(results);
          setActive(0);
          setStatus('ready');
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setStatus(error instanceof DOMException && error.name === 'AbortError' ? 'idle' : 'error');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // An emptied box forgets its results at once, in the event that emptied it (not in an effect after the render).
  function changeQuery(value: string) {
    setQuery(value);
    if (!value.trim()) {
      setItems([]);
      setStatus('idle');
    }
  }

  const expanded = open && query.trim() !== '' && status !== 'idle';
  const pick = (item: T | undefined) => {
    if (!item) return;
    onPick(item);
    setOpen(false);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded) pick(items[active]);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else if (query) {
        event.preventDefault();
        changeQuery('');
      }
    }
  }

  return (
    <div className="relative">
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4.5 -translate-y-1/2 text-slate-500" />
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && items[active] !== undefined ? `${id}-option-${active}` : undefined}
          aria-describedby={hintId}
          autoComplete="off"
          autoFocus={autoFocus}
          spellCheck={false}
          disabled={disabled}
          value={query}
          placeholder={placeholder}
          onChange={(event) => {
            changeQuery(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          className="block h-10 w-full rounded-lg border border-slate-300 bg-white pr-9 pl-9 text-[15px] text-slate-900 shadow-xs transition-colors placeholder:text-slate-400 hover:border-slate-400 focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none disabled:bg-slate-50"
        />
        {status === 'loading' && <Spinner className="absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />}
      </div>
      {hint && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        // Keep focus in the input while a mouse picks an option.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-11 z-30 max-h-80 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg ring-1 ring-slate-900/5"
      >
        {items.map((item, index) => (
          <li
            key={optionKey(item)}
            id={`${id}-option-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === active}
            onMouseMove={() => setActive(index)}
            onClick={() => pick(item)}
            className={clsx('cursor-pointer px-3 py-2 text-sm', index === active ? 'bg-brand-50' : 'bg-white')}
          >
            {renderOption(item)}
          </li>
        ))}
        {status === 'ready' && items.length === 0 && (
          <li role="presentation" className="px-3 py-3 text-sm text-slate-500">
            {noResults(query.trim())}
          </li>
        )}
        {status === 'error' && (
          <li role="presentation" className="px-3 py-3 text-sm text-red-700">
            Suggestions could not load. Check your connection and type again.
          </li>
        )}
        {status === 'loading' && items.length === 0 && (
          <li role="presentation" className="px-3 py-3 text-sm text-slate-500">
            Searching…
          </li>
        )}
      </ul>
      <p role="status" className="sr-only">
        {expanded && status === 'ready' ? `${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </div>
  );
}
