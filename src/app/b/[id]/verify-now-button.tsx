'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { trustLabel, trustOf, type BadgeState, type VerificationLevel } from '@/components/badge-state';
import { Button } from '@/components/button';
import { RefreshIcon } from '@/components/icons';
import { problemDetail } from '@/lib/problem';

type Message = { tone: 'ok' | 'error'; text: string } | null;

/** "Verify now" for any visitor: Badgeboard runs every check again and the page shows the fresh report. */
export function VerifyNowButton({ badgeId }: { badgeId: string }) {
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const [message, setMessage] = useState<Message>(null);

  async function verifyNow() {
    setChecking(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/shared-badges/${badgeId}/verify`, { method: 'POST' });
      const data = (await response.json().catch(() => null)) as { state: BadgeState; changed: boolean; report?: { level: VerificationLevel | null } } | null;
      if (!response.ok || !data) {
        setMessage({ tone: 'error', text: problemDetail(data) ?? 'The checks could not be run just now. Try again in a moment.' });
        return;
      }
      const label = trustLabel(trustOf(data.state, { level: data.report?.level })).toLowerCase();
      setMessage({ tone: 'ok', text: data.changed ? `Checked just now: this badge is now ${label}.` : `Checked just now: ${label}, as before.` });
      startTransition(() => router.refresh());
    } catch {
      setMessage({ tone: 'error', text: 'Badgeboard could not be reached. Check your connection and try again.' });
    } finally {
      setChecking(false);
    }
  }

  const pending = checking || refreshing;
  return (
    <div className="flex shrink-0 flex-col gap-2 sm:items-end">
      <Button onClick={() => void verifyNow()} pending={pending}>
        {!pending && <RefreshIcon className="size-4" />}
        Verify now
      </Button>
      <p role="status" className={message?.tone === 'error' ? 'max-w-xs text-sm text-red-700 sm:text-right' : 'max-w-xs text-sm text-slate-700 sm:text-right'}>
        {checking ? 'Checking signature, issuer, revocation, dates and recipient…' : message?.text}
      </p>
    </div>
  );
}
