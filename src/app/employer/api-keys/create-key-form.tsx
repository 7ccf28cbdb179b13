'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, FieldErrors, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import { apiScopeDescriptions, apiScopes } from '@/lib/api-scopes';
import { createApiKeyAction } from './actions';
import { NewKeyPanel } from './new-key-panel';

const MAX_NAME = 80;

type Failure = { message: string; fields: Record<string, string[]> };

/** Name and scopes; on success the new key is shown once, above the form, until the owner dismisses it. */
export function CreateKeyForm({ orgId }: { orgId: string }) {
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = failure?.fields ?? {};
  const scopeErrors = Object.entries(fields)
    .filter(([field]) => field === 'scopes' || field.startsWith('scopes.'))
    .flatMap(([, messages]) => messages);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { orgId, name: String(data.get('name') ?? ''), scopes: data.getAll('scopes').map(String) };
    startTransition(async () => {
      const result = await createApiKeyAction(input);
      if (result.ok) {
        form.reset();
        setFailure(null);
        setCreated(result.data);
        return;
      }
      setFailure({ message: result.message, fields: result.fields ?? {} });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    });
  }

  return (
    <div className="space-y-5">
      {created && <NewKeyPanel name={created.name} token={created.token} onDone={() => setCreated(null)} />}
      <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
        <Field
          name="name"
          label="Name"
          hint="Who or what will use it, so you can tell keys apart later."
          errors={fields.name}
          aside={`Up to ${MAX_NAME} characters`}
        >
          {(control) => <TextInput {...control} maxLength={MAX_NAME} autoComplete="off" placeholder="Careers portal" required />}
        </Field>
        <fieldset aria-describedby={scopeErrors.length ? 'scopes-error' : undefined} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">What may it do?</legend>
          <p className="text-xs text-slate-500">Choose only what the system needs. You cannot change a key’s scopes later: create a new key instead.</p>
          {apiScopes.map((scope) => {
            const id = `scope-${scope}`;
            return (
              <div key={scope} className="flex gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50/60">
                <input
                  type="checkbox"
                  id={id}
                  name="scopes"
                  value={scope}
                  aria-describedby={`${id}-explanation`}
                  aria-invalid={scopeErrors.length ? true : undefined}
                  className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
                />
                <div className="min-w-0">
                  <label htmlFor={id} className="text-sm font-medium text-slate-900">
                    {apiScopeDescriptions[scope].label}
                  </label>
                  <p id={`${id}-explanation`} className="text-sm break-words text-slate-600">
                    {apiScopeDescriptions[scope].explanation}
                  </p>
                </div>
              </div>
            );
          })}
          <FieldErrors id="scopes-error" errors={scopeErrors} />
        </fieldset>
        <div role="alert" className="empty:hidden">
          {failure && !Object.keys(fields).length && <Notice tone="error">{failure.message}</Notice>}
        </div>
        <Button type="submit" pending={pending} className="w-full sm:w-auto">
          Create key
        </Button>
      </form>
    </div>
  );
}
