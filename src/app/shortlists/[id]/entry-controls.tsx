'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { ENTRY_NOTE_MAX } from '@/lib/candidate-tags';
import { removeFromShortlistAction, setEntryNoteAction } from '../actions';

/** The note on one entry (why this person is on the list), with "Edit" in place. */
export function EntryNote({
  shortlistId,
  cvId,
  candidateName,
  note: initial,
}: {
  shortlistId: string;
  cvId: string;
  candidateName: string;
  note: string | null;
}) {
  const id = useId();
  const [note, setNote] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toggleRef = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => toggleRef.current?.focus());
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await setEntryNoteAction({ shortlistId, cvId, note: value });
      if (!result.ok) return setError(result.fields?.note?.[0] ?? result.message);
      setNote(result.data.note);
      close();
    });
  }

  if (editing)
    return (
      <form onSubmit={save} className="mt-2" noValidate>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
          Note on this list<span className="sr-only"> for {candidateName}</span>
        </label>
        <textarea
          id={`${id}-note`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && close()}
          maxLength={ENTRY_NOTE_MAX}
          rows={2}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className="mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none aria-invalid:border-red-500"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          Up to 1,000 characters. Leave it empty to clear the note.
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="mt-2 flex gap-2">
          <Button type="submit" size="sm" pending={pending}>
            Save note
          </Button>
          <Button variant="secondary" size="sm" onClick={close} disabled={pending}>
            Cancel
          </Button>
        </div>
      </form>
    );

  return (
    <div className="mt-2">
      {note && <p className="text-sm whitespace-pre-line text-slate-700 wrap-anywhere">{note}</p>}
      <button
        ref={toggleRef}
        type="button"
        onClick={() => (setValue(note ?? ''), setEditing(true))}
        className="mt-1 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
      >
        {note ? 'Edit note' : 'Add a note'}
        <span className="sr-only"> for {candidateName} on this list</span>
      </button>
    </div>
  );
}

/** Takes the candidate off the list at once (adding them again from search is one click); the list is rendered afresh. */
export function RemoveEntryButton({ shortlistId, cvId, candidateName }: { shortlistId: string; cvId: string; candidateName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await removeFromShortlistAction({ shortlistId, cvId });
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="ghost" size="sm" onClick={remove} pending={pending} aria-label={`Remove ${candidateName} from this list`}>
        Remove
      </Button>
      {error && (
        <p role="alert" className="max-w-48 text-right text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
