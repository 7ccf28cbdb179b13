'use client';

import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';

type Errors = { email?: string[]; password?: string[]; form?: string };

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    // Only the obvious gaps are caught here; the server decides everything else.
    const missing: Errors = {};
    if (!email) missing.email = ['Enter your email address.'];
    if (!password) missing.password = ['Enter your password.'];
    if (missing.email || missing.password) {
      setErrors(missing);
      return;
    }
    startTransition(async () => {
      const res = await signIn('credentials', { email, password, redirect: false });
      if (!res || res.error) {
        setErrors({ form: res?.error && res.error !== 'CredentialsSignin' ? res.error : 'We could not sign you in. Try again in a moment.' });
        return;
      }
      // A full navigation, so the header and every server component see the new session.
      window.location.assign(callbackUrl ?? '/start');
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {errors.form && (
        <Notice tone="error" live>
          {errors.form}
        </Notice>
      )}
      <Field name="email" label="Email" errors={errors.email}>
        {(control) => <TextInput {...control} type="email" autoComplete="email" inputMode="email" required defaultValue={defaultEmail} />}
      </Field>
      <Field name="password" label="Password" errors={errors.password}>
        {(control) => <TextInput {...control} type="password" autoComplete="current-password" required autoFocus={Boolean(defaultEmail)} />}
      </Field>
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-4 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
