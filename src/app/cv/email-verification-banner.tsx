'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { MailIcon } from '@/components/icons';
import { sendVerificationEmailAction } from './actions';

type Outcome = { kind: 'sent'; email: string } | { kind: 'failed'; message: string } | null;

/** Asks the seeker to prove their email address: badges issued to it can only be confirmed after that. */
export function EmailVerificationBanner({ email, localMode }: { email: string; localMode: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();

  function send() {
    startTransition(async () => {
      const result = await sendVerificationEmailAction({});
      setOutcome(result.ok ? { kind: 'sent', email: result.data.email } : { kind: 'failed', message: result.message });
    });
  }

  return (
    <section aria-labelledby="email-verification-heading" className="rounded-xl border border-amber-200 bg-amber-50 p-4 sm:p-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <span className="hidden size-10 shrink-0 items-center justify-center rounded-full bg-white text-amber-600 ring-1 ring-amber-200 sm:flex">
          <MailIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1 text-sm text-amber-950">
          <h2 id="email-verification-heading" className="font-semibold">
            Confirm your email address
          </h2>
          <p className="mt-1 text-amber-900">
            Badges issued to <strong className="font-medium break-all">{email}</strong> can only be confirmed as yours once you have verified this address.
            Until then they show as unverified. Badges issued to another address of yours?{' '}
            <Link href="/account#email-addresses" className="font-medium underline underline-offset-4 hover:text-amber-950">
              Add that address to your account
            </Link>
            .
          </p>
          <div role="status" className="empty:hidden">
            {outcome?.kind === 'sent' && <p className="mt-2 font-medium text-emerald-800">We sent a new link to {outcome.email}. It works for 48 hours.</p>}
          </div>
          <div role="alert" className="empty:hidden">
            {outcome?.kind === 'failed' && <p className="mt-2 font-medium text-red-800">{outcome.message}</p>}
          </div>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:items-end">
          <Button variant="secondary" onClick={send} pending={pending}>
            Send verification email
          </Button>
          {localMode && (
            <Link href="/dev/mailbox" className="text-sm font-medium text-amber-900 underline underline-offset-4 hover:text-amber-950">
              Open the local mailbox
            </Link>
          )}
        </div>
      </div>
    </section>
  );
}
