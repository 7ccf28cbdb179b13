'use client';

import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { LockIcon, XIcon } from '@/components/icons';
import { NOTE_MAX, normaliseTag, TAG_MAX } from '@/lib/candidate-tags';
import type { CandidateNote } from '@/server/orgs/candidate-notes';
import { addNoteAction, addTagAction, deleteNoteAction, removeTagAction } from './actions';

/** Fixed zone and locale, so the server's and the browser's renderings agree. */
const noteTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

type Failure = { ok: false; message: string; fields?: Record<string, string[] | undefined> };
const firstError = (result: Failure, field: string) => result.fields?.[field]?.[0] ?? result.message;

/**
 * The organisation's private notes and tags on a candidate, on the candidate's CV page. Everything goes through
 * server actions that check membership and access to the CV again; this component only shows what they return.
 */
export function NotesPanel({
  cvId,
  candidateName,
  orgName,
  notes: initialNotes,
  tags: initialTags,
}: {
  cvId: string;
  candidateName: string;
  orgName: string;
  notes: CandidateNote[];
  tags: string[];
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} id="notes" className="mt-8 scroll-mt-24">
      <Card className="p-5 sm:p-6">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
          Notes and tags
        </h2>
        <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-600">
          <LockIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>
            Private to {orgName}: everyone in your organisation sees them; {candidateName} never does.
          </span>
        </p>
        <TagEditor cvId={cvId} candidateName={candidateName} initial={initialTags} />
        <NoteList cvId={cvId} initial={initialNotes} />
      </Card>
    </section>
  );
}

function TagEditor({ cvId, candidateName, initial }: { cvId: string; candidateName: string; initial: string[] }) {
  const id = useId();
  const [tags, setTags] = useState(initial);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tag = normaliseTag(value);
    if (!tag) return setError('Type a tag.');
    setError(null);
    startTransition(async () => {
      const result = await addTagAction({ cvId, tag });
      if (!result.ok) return setError(firstError(result, 'tag'));
      setTags(result.data.tags);
      setValue('');
      setStatus(`Tag “${tag}” added.`);
      inputRef.current?.focus();
    });
  }

  function remove(tag: string) {
    setError(null);
    startTransition(async () => {
      const result = await removeTagAction({ cvId, tag });
      if (!result.ok) return setError(result.message);
      setTags(result.data.tags);
      setStatus(`Tag “${tag}” removed.`);
      inputRef.current?.focus();
    });
  }

  return (
    <div className="mt-5">
      <h3 className="text-sm font-semibold text-slate-900">Tags</h3>
      {tags.length > 0 ? (
        <ul aria-label={`Tags on ${candidateName}`} className="mt-2 flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li
              key={tag}
              className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm font-medium text-brand-900 ring-1 ring-brand-200 ring-inset"
            >
              <span className="wrap-anywhere">{tag}</span>
              <button
                type="button"
                onClick={() => remove(tag)}
                disabled={pending}
                aria-label={`Remove tag ${tag}`}
                className="flex size-6 shrink-0 items-center justify-center rounded-full text-brand-800 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
              >
                <XIcon className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">No tags yet. Tags show on applicant cards and shortlists, for everyone in your organisation.</p>
      )}
      <form onSubmit={add} className="mt-3 flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor={`${id}-tag`} className="block text-sm font-medium text-slate-800">
            Add a tag
          </label>
          <input
            ref={inputRef}
            id={`${id}-tag`}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            maxLength={TAG_MAX}
            placeholder="e.g. Strong fit"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-tag-error` : undefined}
            className="mt-1.5 block h-9 w-full rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none aria-invalid:border-red-500"
          />
        </div>
        <Button type="submit" variant="secondary" size="md" className="h-9" pending={pending}>
          Add tag
        </Button>
      </form>
      {error && (
        <p id={`${id}-tag-error`} role="alert" className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}

function NoteList({ cvId, initial }: { cvId: string; initial: CandidateNote[] }) {
  const id = useId();
  const [notes, setNotes] = useState(initial);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, startDeleting] = useTransition();
  const textRef = useRef<HTMLTextAreaElement>(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim()) return setError('Write the note.');
    setError(null);
    startTransition(async () => {
      const result = await addNoteAction({ cvId, body });
      if (!result.ok) return setError(firstError(result, 'body'));
      setNotes((current) => [result.data, ...current]);
      setBody('');
      setStatus('Note added.');
      textRef.current?.focus();
    });
  }

  function remove(noteId: string) {
    setDeleteError(null);
    startDeleting(async () => {
      const result = await deleteNoteAction({ noteId });
      if (!result.ok) return setDeleteError(result.message);
      setNotes((current) => current.filter((note) => note.id !== noteId));
      setConfirming(null);
      setStatus('Note deleted.');
      textRef.current?.focus();
    });
  }

  return (
    <div className="mt-6 border-t border-slate-100 pt-5">
      <h3 className="text-sm font-semibold text-slate-900">Notes</h3>
      <form onSubmit={add} className="mt-2" noValidate>
        <div className="flex items-baseline justify-between gap-3">
          <label htmlFor={`${id}-note`} className="text-sm font-medium text-slate-800">
            Add a note
          </label>
          <span className="text-xs text-slate-500 tabular-nums">
            {body.length.toLocaleString('en-GB')} / {NOTE_MAX.toLocaleString('en-GB')}
          </span>
        </div>
        <textarea
          ref={textRef}
          id={`${id}-note`}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          maxLength={NOTE_MAX}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-note-error` : undefined}
          className="mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] leading-relaxed text-slate-900 shadow-xs focus:border-brand-600 focus:ring-3 focus:ring-brand-600/15 focus:outline-none aria-invalid:border-red-500"
        />
        {error && (
          <p id={`${id}-note-error`} role="alert" className="mt-1.5 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="mt-2 flex justify-end">
          <Button type="submit" size="sm" pending={pending}>
            Add note
          </Button>
        </div>
      </form>
      <p role="status" className="sr-only">
        {status}
      </p>

      {notes.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">No notes yet.</p>
      ) : (
        <ol aria-label="Notes, newest first" className="mt-4 space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-slate-200 bg-slate-50/60 px-3.5 py-3">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 text-sm">
                <span className="font-medium text-slate-900">{note.authorName ?? 'A former member'}</span>
                <time dateTime={new Date(note.createdAt).toISOString()} className="text-xs text-slate-600">
                  {noteTime.format(new Date(note.createdAt))}
                </time>
              </p>
              <p className="mt-1.5 text-sm leading-relaxed whitespace-pre-line text-slate-800 wrap-anywhere">{note.body}</p>
              {note.mine &&
                (confirming === note.id ? (
                  <ConfirmRemoval
                    className="mt-3 p-3"
                    question="Delete this note?"
                    consequence="Nobody in your organisation will see it any more."
                    confirmLabel="Delete note"
                    error={deleteError}
                    pending={deleting}
                    onConfirm={() => remove(note.id)}
                    onCancel={() => setConfirming(null)}
                  />
                ) : (
                  <button
                    type="button"
                    onClick={() => (setDeleteError(null), setConfirming(note.id))}
                    className="mt-2 text-xs font-medium text-slate-600 underline-offset-4 hover:text-red-700 hover:underline"
                  >
                    Delete<span className="sr-only"> this note</span>
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
