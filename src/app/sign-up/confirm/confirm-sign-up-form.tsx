'use client';

import { signIn } from 'next-auth/react';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Field, TextInput } from '@/components/field';
import { Notice } from '@/components/notice';
import { completeSignUpAction } from '../actions';

const homeByType = { seeker: '/cv', employer: '/candidates' } as const;

type Errors = { password?: string[]; form?: string };

/** The password chosen at sign-up creates the account, then signs the person straight in. */
export function ConfirmSignUpForm({ token, email, accountType }: { token: string; email: string; accountType: 'seeker' | 'employer' }) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!password) {
      setErrors({
        password: ['Enter the password you chose when you signed up.'],
      });
      return;
    }
    startTransition(async () => {
      const result = await completeSignUpAction({ token, password });
      if (!result.ok) {
        setErrors({ password: result.fields?.password, form: result.message });
        return;
      }
      const res = await signIn('credentials', {
        email,
        password,
        redirect: false,
      });
      if (!res || res.error) {
        setErrors({
          form: `Your account is ready, but we could not sign you in: ${res?.error && res.error !== 'CredentialsSignin' ? res.error : 'try again in a moment.'}`,
        });
        return;
      }
      // A full navigation, so the header and every server component see the new session.
      window.location.assign(homeByType[accountType]);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {errors.form && (
        <Notice tone="error" live>
          {errors.form}
        </Notice>
      )}
      <Field name="email" label="Email">
        {(control) => <TextInput {...control} type="email" autoComplete="username" value={email} readOnly />}
      </Field>
      <Field name="password" label="Password" hint="The one you chose on the sign-up form." errors={errors.password}>
        {(control) => <TextInput {...control} type="password" autoComplete="current-password" required autoFocus />}
      </Field>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
