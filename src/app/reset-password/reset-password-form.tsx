'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import { resetPasswordAction } from '../forgot-password/actions';

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [errors, setErrors] = useState<{ password?: string[]; confirm?: string[]; form?: string }>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    if (!password) return setErrors({ password: ['Enter a new password.'] });
    if (password !== confirm) return setErrors({ confirm: ['The two passwords are not the same. Type the new password again.'] });
    startTransition(async () => {
      const result = await resetPasswordAction({ token, password });
      if (!result.ok) return setErrors({ password: result.fields?.password, form: result.message });
      setErrors({});
      setDone(true);
    });
  }

  if (done)
    return (
      <div className="space-y-4">
        <Notice tone="success" live>
          Your password is changed, and every device that was signed in is signed out. Sign in with the new password.
        </Notice>
        <ButtonLink href={`/sign-in?email=${encodeURIComponent(email)}`} className="w-full">
          Sign in
        </ButtonLink>
      </div>
    );

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {errors.form && (
        <Notice tone="error" live>
          {errors.form}
        </Notice>
      )}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="password" label="New password" hint="At least 10 characters. A few unrelated words work well." errors={errors.password}>
        {(control) => <TextInput {...control} type="password" autoComplete="new-password" required autoFocus />}
      </Field>
      <Field name="confirm" label="New password again" errors={errors.confirm}>
        {(control) => <TextInput {...control} type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Set the new password
      </Button>
    </form>
  );
}
