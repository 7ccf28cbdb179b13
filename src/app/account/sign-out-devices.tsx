'use client';

import { signOut } from 'next-auth/react';
import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { Notice } from '@/components/notice';
import { signOutEverywhereAction, signOutOtherDevicesAction } from './actions';

type Outcome = { kind: 'ended'; count: number } | { kind: 'failed'; message: string } | null;

/** "Sign out of other devices" keeps this browser signed in; "Sign out everywhere" ends this one too. */
export function SignOutDevices({ otherSessions }: { otherSessions: number }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const [leaving, setLeaving] = useState(false);

  function signOutOthers() {
    startTransition(async () => {
      const result = await signOutOtherDevicesAction({});
      setOutcome(result.ok ? { kind: 'ended', count: result.data.ended } : { kind: 'failed', message: result.message });
    });
  }

  function signOutEverywhere() {
    setLeaving(true);
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (!result.ok && result.code !== 'auth:unauthenticated') {
        setLeaving(false);
        setOutcome({ kind: 'failed', message: result.message });
        return;
      }
      // Every session is ended on the server already; this clears the cookie and lands on the sign-in page.
      await signOut({ callbackUrl: '/sign-in' });
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button variant="secondary" onClick={signOutOthers} pending={pending && !leaving} disabled={pending || otherSessions === 0}>
          Sign out of other devices
        </Button>
        <Button variant="danger" onClick={signOutEverywhere} pending={leaving} disabled={pending}>
          Sign out everywhere
        </Button>
      </div>
      <p className="text-xs text-slate-500">
        {otherSessions === 0 ? 'No other device is signed in.' : `${otherSessions} other ${otherSessions === 1 ? 'session is' : 'sessions are'} signed in.`}{' '}
        Signing out everywhere includes this browser.
      </p>
      <div role="status" className="empty:hidden">
        {outcome?.kind === 'ended' && (
          <Notice tone="success">
            {outcome.count === 0 ? 'No other device was signed in.' : `Signed out of ${outcome.count} other ${outcome.count === 1 ? 'session' : 'sessions'}.`}
          </Notice>
        )}
      </div>
      <div role="alert" className="empty:hidden">
        {outcome?.kind === 'failed' && <Notice tone="error">{outcome.message}</Notice>}
      </div>
    </div>
  );
}
