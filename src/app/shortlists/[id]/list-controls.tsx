'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import { Button, buttonClasses } from '@/components/button';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { deleteShortlistAction, renameShortlistAction } from '../actions';

/** Rename, download and delete (after a question) for one list; the page is rendered afresh after each change. */
export function ListControls({ shortlistId, name, count }: { shortlistId: string; name: string; count: number }) {
  const id = useId();
  const router = useRouter();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  function close(focus: 'rename' | 'delete') {
    setMode('idle');
    setError(null);
    // After the buttons are back.
    requestAnimationFrame(() => (focus === 'rename' ? renameRef : deleteRef).current?.focus());
  }

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await renameShortlistAction({ shortlistId, name: value });
      if (!result.ok) return setError(result.fields?.name?.[0] ?? result.message);
      setStatus(`Renamed to ${result.data.name}.`);
      close('rename');
      router.refresh();
    });
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await deleteShortlistAction({ shortlistId });
      if (!result.ok) return setError(result.message);
      router.push('/shortlists');
    });
  }

  return (
    <div className="w-full sm:w-auto sm:max-w-md sm:shrink-0">
      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2 sm:flex-nowrap sm:justify-end">
          <Button ref={renameRef} variant="secondary" size="sm" onClick={() => (setValue(name), setMode('rename'))}>
            Rename
          </Button>
          {count > 0 && (
            <a href={`/api/v1/shortlists/${shortlistId}/export`} download className={buttonClasses('secondary', 'sm')}>
              Download CSV
            </a>
          )}
          <Button ref={deleteRef} variant="secondary" size="sm" onClick={() => setMode('delete')} className="text-red-700">
            Delete list
          </Button>
        </div>
      )}
      {mode === 'rename' && (
        <form onSubmit={rename} className="flex flex-wrap items-end gap-2" noValidate>
          <div className="min-w-0 flex-1 basis-52">
            <label htmlFor={`${id}-name`} className="block text-sm font-medium text-slate-800">
              List name
            </label>
            <input
              id={`${id}-name`}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              onKeyDown={(event) => event.key === 'Escape' && close('rename')}
              maxLength={80}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1.5 block h-9 w-full rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none aria-invalid:border-red-500"
            />
          </div>
          <Button type="submit" size="sm" className="h-9" pending={pending}>
            Save name
          </Button>
          <Button variant="secondary" size="sm" className="h-9" onClick={() => close('rename')} disabled={pending}>
            Cancel
          </Button>
          {error && (
            <p id={`${id}-error`} role="alert" className="basis-full text-sm text-red-700">
              {error}
            </p>
          )}
        </form>
      )}
      {mode === 'delete' && (
        <ConfirmRemoval
          question={`Delete “${name}”?`}
          consequence={`The list goes for everyone in your organisation.${count > 0 ? ` Your notes and tags on ${count === 1 ? 'its candidate' : `its ${count} candidates`} stay.` : ''}`}
          confirmLabel="Delete list"
          error={error}
          pending={pending}
          onConfirm={remove}
          onCancel={() => close('delete')}
        />
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
