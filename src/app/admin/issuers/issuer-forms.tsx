'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { Field, FieldErrors, TextInput } from '@/components/field';
import { TrashIcon, UploadIcon } from '@/components/icons';
import { Notice } from '@/components/notice';
import { addKnownIssuerAction, importIssuerRegistryAction, removeKnownIssuerAction, type IssuerChangeOutcome } from './actions';
import { MAX_REGISTRY_FILE_CHARS } from './limits';

type Failure = { message: string; fields: Record<string, string[]> };

/** What both registry forms keep while an action runs: its pending state, the failure to show, the outcome line. */
function useRegistryForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return { router, formRef, pending, startTransition, failure, setFailure, done, setDone };
}

/** "3 badges re-checked (1 changed)", and what is left for the scheduled run. */
function recheckSentence({ affected, rechecked, changed, deferred }: IssuerChangeOutcome): string {
  if (affected === 0) return 'No badges on Badgeboard are affected.';
  const done = `${rechecked} affected ${rechecked === 1 ? 'badge' : 'badges'} re-checked (${changed} changed state)`;
  return deferred > 0 ? `${done}; ${deferred} more will be re-checked by the scheduled run.` : `${done}.`;
}

export function AddIssuerForm() {
  const { router, formRef, pending, startTransition, failure, setFailure, done, setDone } = useRegistryForm();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { id: String(data.get('id') ?? ''), name: String(data.get('name') ?? ''), domains: String(data.get('domains') ?? '') };
    setDone(null);
    startTransition(async () => {
      const result = await addKnownIssuerAction(input);
      if (!result.ok) {
        setFailure({ message: result.message, fields: result.fields ?? {} });
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        return;
      }
      setFailure(null);
      formRef.current?.reset();
      setDone(`Added ${input.name.trim()}. ${recheckSentence(result.data)}`);
      router.refresh();
    });
  }

  const fields = failure?.fields ?? {};
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <Field name="id" label="Issuer id" hint="A DID (did:web:college.ac.uk, did:key:z6Mk…) or an https:// URL." errors={fields.id}>
        {(control) => <TextInput {...control} required autoComplete="off" spellCheck={false} className="font-mono text-sm" />}
      </Field>
      <Field name="name" label="Verified name" errors={fields.name}>
        {(control) => <TextInput {...control} required autoComplete="off" />}
      </Field>
      <Field
        name="domains"
        label="Domains"
        aside="Optional"
        hint="Separated by commas, e.g. forthvalley.ac.uk. Achievement ids under them belong to this issuer."
        errors={Object.entries(fields).flatMap(([key, messages]) => (key.startsWith('domains') ? messages : []))}
      >
        {(control) => <TextInput {...control} autoComplete="off" spellCheck={false} />}
      </Field>
      {failure && !Object.keys(failure.fields).length && (
        <Notice tone="error" live>
          {failure.message}
        </Notice>
      )}
      {done && (
        <Notice tone="success" live>
          {done}
        </Notice>
      )}
      <Button type="submit" pending={pending}>
        Add issuer
      </Button>
    </form>
  );
}

export function ImportRegistryForm() {
  const { router, formRef, pending, startTransition, failure, setFailure, done, setDone } = useRegistryForm();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    setDone(null);
    if (!(file instanceof File) || file.size === 0) return setFailure({ message: 'Choose a JSON file to import.', fields: {} });
    if (file.size > MAX_REGISTRY_FILE_CHARS)
      return setFailure({
        message: `${file.name} is ${Math.ceil(file.size / 1024)} KB; files up to ${Math.floor(MAX_REGISTRY_FILE_CHARS / 1024)} KB can be imported. Split it and import the parts.`,
        fields: {},
      });
    startTransition(async () => {
      const result = await importIssuerRegistryAction({ fileName: file.name, text: await file.text() });
      if (!result.ok) return setFailure({ message: result.message, fields: result.fields ?? {} });
      setFailure(null);
      formRef.current?.reset();
      const { added, updated, kept } = result.data;
      setDone(
        `Imported ${file.name}: ${added} added, ${updated} updated${kept ? `, ${kept} already known and kept as they were` : ''}. ${recheckSentence(result.data)}`,
      );
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor="registry-file" className="text-sm font-medium text-slate-800">
          Registry file (JSON)
        </label>
        <input
          id="registry-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={failure ? 'registry-file-error' : undefined}
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
        />
      </div>
      {failure && (
        <div
          id="registry-file-error"
          role="alert"
          className="space-y-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm [overflow-wrap:anywhere] text-red-900"
        >
          <p className="font-medium">{failure.message}</p>
          <FieldErrors errors={failure.fields.file ?? failure.fields.text} />
        </div>
      )}
      {done && (
        <Notice tone="success" live>
          {done}
        </Notice>
      )}
      <Button type="submit" variant="secondary" pending={pending}>
        {!pending && <UploadIcon className="size-4" />}
        Import
      </Button>
    </form>
  );
}

/** Remove, with an inline confirmation that says what removing does. */
export function RemoveIssuerButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await removeKnownIssuerAction({ id });
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  }

  if (!confirming) {
    return (
      <Button
        variant="ghost"
        size="sm"
        onClick={() => setConfirming(true)}
        className="text-red-700 hover:bg-red-50 hover:text-red-800"
        aria-label={`Remove ${name}`}
      >
        <TrashIcon className="size-4" />
        Remove
      </Button>
    );
  }
  return (
    <ConfirmRemoval
      question={`Remove ${name}?`}
      consequence="Its badges will show as “issuer not known to Badgeboard”, and others may use its name again."
      confirmLabel="Remove issuer"
      error={error}
      pending={pending}
      onConfirm={remove}
      onCancel={() => setConfirming(false)}
      className="p-3"
    />
  );
}
