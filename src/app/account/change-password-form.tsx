'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import { changePasswordAction } from './actions';

type Outcome = { kind: 'changed'; otherSessionsEnded: number } | { kind: 'failed'; message: string; fields: Record<string, string[]> } | null;

/** Current password, then the new one; the server checks both (length rules as at sign-up). */
export function ChangePasswordForm({ email }: { email: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = outcome?.kind === 'failed' ? outcome.fields : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') };
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (result.ok) {
        form.reset();
        setOutcome({ kind: 'changed', otherSessionsEnded: result.data.otherSessionsEnded });
        return;
      }
      setOutcome({ kind: 'failed', message: result.message, fields: result.fields ?? {} });
      // Put the cursor where the problem is.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="currentPassword" label="Current password" errors={fields.currentPassword}>
        {(control) => <TextInput {...control} type="password" autoComplete="current-password" required />}
      </Field>
      <Field name="newPassword" label="New password" hint="At least 10 characters. A few unrelated words make a strong one." errors={fields.newPassword}>
        {(control) => <TextInput {...control} type="password" autoComplete="new-password" minLength={10} maxLength={200} required />}
      </Field>
      <div role="status" className="empty:hidden">
        {outcome?.kind === 'changed' && (
          <Notice tone="success" title="Password changed">
            {outcome.otherSessionsEnded === 0
              ? 'You are still signed in here.'
              : `You are still signed in here; ${outcome.otherSessionsEnded} other ${outcome.otherSessionsEnded === 1 ? 'session was' : 'sessions were'} signed out.`}
          </Notice>
        )}
      </div>
      <div role="alert" className="empty:hidden">
        {outcome?.kind === 'failed' && !Object.keys(fields).length && <Notice tone="error">{outcome.message}</Notice>}
      </div>
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        Change password
      </Button>
    </form>
  );
}
