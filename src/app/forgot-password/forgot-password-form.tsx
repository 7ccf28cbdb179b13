'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import { requestPasswordResetAction } from './actions';

export function ForgotPasswordForm({ defaultEmail, localMailbox = false }: { defaultEmail?: string; localMailbox?: boolean }) {
  const [errors, setErrors] = useState<{ email?: string[]; form?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!email) return setErrors({ email: ['Enter the email address you sign in with.'] });
    startTransition(async () => {
      const result = await requestPasswordResetAction({ email });
      if (!result.ok) return setErrors({ email: result.fields?.email, form: result.message });
      setErrors({});
      setSentTo(result.data.email);
    });
  }

  if (sentTo)
    return (
      <div className="space-y-4">
        <Notice tone="success" live>
          If there is a Badgeboard account for {sentTo}, a link to reset its password is on its way. It works once, for an hour.
        </Notice>
        <p className="text-sm text-slate-600">
          No mail after a few minutes? Check the spam folder, or{' '}
          <button type="button" onClick={() => setSentTo(null)} className="font-medium text-brand-700 underline-offset-4 hover:underline">
            try another address
          </button>
          .
        </p>
        {localMailbox && <ButtonLink href={`/dev/mailbox?to=${encodeURIComponent(sentTo)}`}>Open the local mailbox</ButtonLink>}
      </div>
    );

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {errors.form && (
        <Notice tone="error" live>
          {errors.form}
        </Notice>
      )}
      <Field name="email" label="Email" errors={errors.email}>
        {(control) => <TextInput {...control} type="email" autoComplete="email" inputMode="email" required autoFocus defaultValue={defaultEmail} />}
      </Field>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Send the reset link
      </Button>
    </form>
  );
}
