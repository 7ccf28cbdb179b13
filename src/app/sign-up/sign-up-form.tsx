'use client';

import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { ChoiceCard } from '@/components/choice-card';
import { Field, FieldErrors, TextInput } from '@/components/field';
import { BuildingIcon, MailIcon, UserIcon } from '@/components/icons';
import { Notice } from '@/components/notice';
import { signUpAction } from './actions';

export type AccountType = 'seeker' | 'employer';

type Errors = { fields: Record<string, string[]>; form?: string };

const accountTypeChoices: { value: AccountType; label: string; description: string; icon: React.ReactNode }[] = [
  { value: 'seeker', label: "I'm looking for work", description: 'Build a CV with badges that prove your skills.', icon: <UserIcon className="size-5" /> },
  { value: 'employer', label: "I'm hiring", description: 'Search candidates by verified credential and skill.', icon: <BuildingIcon className="size-5" /> },
];

/**
 * The sign-up form. It ends the same way for a new address and one that already has an account ("check your
 * inbox"), so it tells no one who is on Badgeboard; the mail says which it was.
 */
export function SignUpForm({ initialType, localMailbox = false }: { initialType?: AccountType; localMailbox?: boolean }) {
  const [accountType, setAccountType] = useState<AccountType | undefined>(initialType);
  const [errors, setErrors] = useState<Errors>({ fields: {} });
  const [sentTo, setSentTo] = useState<string>();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed submit, put the cursor in the first field that needs attention.
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  function clearField(name: string) {
    if (errors.fields[name]) setErrors(({ fields, form }) => ({ form, fields: { ...fields, [name]: [] } }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      accountType,
      organisationName: accountType === 'employer' ? String(form.get('organisationName') ?? '') : undefined,
    };
    startTransition(async () => {
      const result = await signUpAction(input);
      if (!result.ok) {
        setErrors({ fields: result.fields ?? {}, form: result.message });
        focusFirstInvalid();
        return;
      }
      setSentTo(result.data.email);
    });
  }

  if (sentTo) return <CheckInbox email={sentTo} localMailbox={localMailbox} onStartAgain={() => setSentTo(undefined)} />;

  const accountTypeErrors = errors.fields.accountType;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onChange={(event) => clearField((event.target as EventTarget as HTMLInputElement).name)}
      noValidate
      className="space-y-6"
    >
      {errors.form && (
        <Notice tone="error" live>
          {errors.form}
        </Notice>
      )}

      <fieldset>
        <legend className="text-sm font-medium text-slate-800">What brings you here?</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {accountTypeChoices.map((choice) => (
            <ChoiceCard
              key={choice.value}
              name="accountType"
              value={choice.value}
              label={choice.label}
              description={choice.description}
              icon={choice.icon}
              checked={accountType === choice.value}
              onChange={(value) => setAccountType(value as AccountType)}
              describedBy={accountTypeErrors?.length ? 'account-type-error' : undefined}
              invalid={Boolean(accountTypeErrors?.length)}
            />
          ))}
        </div>
        <div className="mt-1.5">
          <FieldErrors id="account-type-error" errors={accountTypeErrors} />
        </div>
      </fieldset>

      <Field name="name" label="Name" errors={errors.fields.name}>
        {(control) => <TextInput {...control} autoComplete="name" required />}
      </Field>

      {accountType === 'employer' && (
        <Field name="organisationName" label="Organisation name" hint="The company or team you hire for." errors={errors.fields.organisationName}>
          {(control) => <TextInput {...control} autoComplete="organization" required />}
        </Field>
      )}

      <Field name="email" label="Email" errors={errors.fields.email}>
        {(control) => <TextInput {...control} type="email" autoComplete="email" inputMode="email" required />}
      </Field>

      <Field name="password" label="Password" hint="At least 10 characters. A short phrase is easy to remember." errors={errors.fields.password}>
        {(control) => <TextInput {...control} type="password" autoComplete="new-password" required />}
      </Field>

      <Button type="submit" size="lg" pending={pending} className="w-full">
        Create account
      </Button>
    </form>
  );
}

function CheckInbox({ email, localMailbox, onStartAgain }: { email: string; localMailbox: boolean; onStartAgain: () => void }) {
  return (
    <div className="space-y-5 text-center">
      <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-600 ring-1 ring-brand-100">
        <MailIcon className="size-6" />
      </span>
      <div role="status" className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-900">
          Check your inbox at <span className="break-all">{email}</span>
        </h2>
        <p className="text-[15px] text-slate-600">
          We have sent you a message. Follow the link in it to finish signing up; it works for 48 hours. Nothing arrived after a few minutes? Look in your spam
          folder, or check the address and try again.
        </p>
      </div>
      <div className="flex flex-col items-center gap-3 sm:flex-row sm:justify-center">
        {localMailbox && <ButtonLink href={`/dev/mailbox?to=${encodeURIComponent(email)}`}>Open the local mailbox</ButtonLink>}
        <Button variant="secondary" onClick={onStartAgain}>
          Use another address
        </Button>
      </div>
    </div>
  );
}
