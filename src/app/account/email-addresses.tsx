'use client';

import Link from 'next/link';
import { useRef, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { Chip } from '@/components/chip';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { Field, TextInput } from '@/components/field';
import { CheckCircleIcon, ClockIcon, MailIcon } from '@/components/icons';
import { Notice } from '@/components/notice';
import { addEmailAction, makePrimaryEmailAction, removeEmailAction, resendEmailLinkAction } from './actions';

export type AddressRow = { address: string; primary: boolean; verified: boolean };

type Outcome = { tone: 'success' | 'error'; text: string; mailbox?: boolean } | null;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The account's email addresses: the sign-in address first, then the added ones with whether they are verified.
 * Add one (a link is mailed to it), send the link again, make a verified one the sign-in address, remove one.
 * The list itself comes from the server; each action re-renders the page.
 */
export function EmailAddresses({ addresses, maxExtra, localMode }: { addresses: AddressRow[]; maxExtra: number; localMode: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [addErrors, setAddErrors] = useState<string[] | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const extras = addresses.filter((row) => !row.primary).length;
  const full = extras >= maxExtra;

  function run(key: string, work: () => Promise<void>) {
    setBusy(key);
    startTransition(async () => {
      await work();
      setBusy(null);
    });
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get('email') ?? '');
    run('add', async () => {
      const result = await addEmailAction({ email });
      if (result.ok) {
        form.reset();
        setAddErrors(undefined);
        setOutcome({
          tone: 'success',
          text: `We sent a link to ${result.data.address}. Follow it to verify the address; it works for 48 hours.`,
          mailbox: true,
        });
        return;
      }
      const fieldErrors = result.fields?.email;
      setAddErrors(fieldErrors ?? [result.message]);
      setOutcome(null);
      requestAnimationFrame(() => inputRef.current?.focus());
    });
  }

  function resend(address: string) {
    run(`resend:${address}`, async () => {
      const result = await resendEmailLinkAction({ address });
      if (!result.ok) return setOutcome({ tone: 'error', text: result.message });
      setOutcome(
        result.data.alreadyVerified
          ? { tone: 'success', text: `${address} is already verified.` }
          : { tone: 'success', text: `We sent a new link to ${address}. It works for 48 hours.`, mailbox: true },
      );
    });
  }

  function makePrimary(address: string) {
    run(`primary:${address}`, async () => {
      const result = await makePrimaryEmailAction({ address });
      if (!result.ok) return setOutcome({ tone: 'error', text: result.message });
      setOutcome({
        tone: 'success',
        text: result.data.changed
          ? `You now sign in with ${result.data.address}. ${result.data.previous} stays on your account, so badges issued to it still count.`
          : `${address} is already your sign-in address.`,
      });
    });
  }

  function remove(address: string) {
    run(`remove:${address}`, async () => {
      const result = await removeEmailAction({ address });
      if (!result.ok) return setRemoveError(result.message);
      setConfirming(null);
      setRemoveError(null);
      const { badgesRechecked } = result.data;
      setOutcome({
        tone: 'success',
        text: `Removed ${address}.${badgesRechecked > 0 ? ` ${plural(badgesRechecked, 'badge', 'badges')} confirmed through it ${badgesRechecked === 1 ? 'was' : 'were'} checked again.` : ''}`,
      });
    });
  }

  return (
    <div className="space-y-5">
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Your email addresses">
        {addresses.map((row) => (
          <li key={row.address} className="p-4">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
              <div className="flex min-w-0 flex-1 gap-3">
                <span className="mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
                  <MailIcon className="size-4" />
                </span>
                <div className="min-w-0 text-sm">
                  <p className="font-medium break-all text-slate-900">{row.address}</p>
                  <div className="mt-1 flex flex-wrap gap-1.5">
                    {row.primary && <Chip tone="brand">Primary · you sign in with it</Chip>}
                    {row.verified ? (
                      <Chip tone="verified" icon={<CheckCircleIcon className="size-3.5" />}>
                        Verified
                      </Chip>
                    ) : (
                      <Chip tone="warning" icon={<ClockIcon className="size-3.5" />}>
                        Waiting for its link
                      </Chip>
                    )}
                  </div>
                </div>
              </div>
              <div className="flex flex-wrap gap-2 pl-12 sm:shrink-0 sm:pl-0">
                {!row.verified && (
                  <Button variant="secondary" size="sm" onClick={() => resend(row.address)} pending={busy === `resend:${row.address}`} disabled={pending}>
                    Send link again<span className="sr-only"> to {row.address}</span>
                  </Button>
                )}
                {!row.primary && row.verified && (
                  <Button variant="secondary" size="sm" onClick={() => makePrimary(row.address)} pending={busy === `primary:${row.address}`} disabled={pending}>
                    Make primary<span className="sr-only"> {row.address}</span>
                  </Button>
                )}
                {!row.primary && (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      setConfirming(row.address);
                      setRemoveError(null);
                    }}
                    disabled={pending || confirming === row.address}
                  >
                    Remove<span className="sr-only"> {row.address}</span>
                  </Button>
                )}
              </div>
            </div>
            {confirming === row.address && (
              <ConfirmRemoval
                className="mt-3 p-4"
                question={
                  <>
                    Remove <span className="break-all">{row.address}</span>?
                  </>
                }
                consequence={
                  row.verified
                    ? 'Badges issued to this address will no longer be confirmed as yours. You can add it again later.'
                    : 'Its link stops working. You can add it again later.'
                }
                confirmLabel="Remove address"
                error={removeError}
                pending={busy === `remove:${row.address}`}
                onConfirm={() => remove(row.address)}
                onCancel={() => setConfirming(null)}
              />
            )}
          </li>
        ))}
      </ul>

      <div role="status" className="empty:hidden">
        {outcome?.tone === 'success' && (
          <Notice tone="success">
            {outcome.text}
            {outcome.mailbox && localMode && (
              <>
                {' '}
                <Link href="/dev/mailbox" className="font-medium underline underline-offset-4">
                  Open the local mailbox
                </Link>
              </>
            )}
          </Notice>
        )}
      </div>
      <div role="alert" className="empty:hidden">
        {outcome?.tone === 'error' && <Notice tone="error">{outcome.text}</Notice>}
      </div>

      <form onSubmit={add} noValidate className="space-y-3 border-t border-slate-100 pt-5">
        <Field
          name="email"
          label="Add an email address"
          hint={
            full
              ? `You have added ${maxExtra} addresses, the most an account can hold besides its sign-in address. Remove one to add another.`
              : `For example the address a school or employer issued your badges to. We email it a link to verify it. Up to ${maxExtra} besides your sign-in address.`
          }
          errors={addErrors}
        >
          {(control) => <TextInput {...control} ref={inputRef} type="email" autoComplete="email" inputMode="email" maxLength={254} required disabled={full} />}
        </Field>
        <Button type="submit" pending={busy === 'add'} disabled={pending || full} className="w-full sm:w-auto">
          Add address
        </Button>
      </form>
    </div>
  );
}
