'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { trustLabel, trustOf, type BadgeState, type VerificationLevel } from '@/components/badge-state';
import { Button } from '@/components/button';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { RefreshIcon, TrashIcon } from '@/components/icons';
import { problemDetail } from '@/lib/problem';

type Message = { tone: 'ok' | 'error'; text: string } | null;

async function send(url: string, method: 'POST' | 'DELETE'): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.ok) return { ok: true, data };
    return { ok: false, message: problemDetail(data) ?? 'Something went wrong on our side. Try again in a moment.' };
  } catch {
    return { ok: false, message: 'Badgeboard could not be reached. Check your connection and try again.' };
  }
}

/** Runs every check again now (the owner's "check again"), then shows the fresh report. */
export function CheckAgainButton({ badgeId }: { badgeId: string }) {
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const [message, setMessage] = useState<Message>(null);

  async function checkAgain() {
    setChecking(true);
    setMessage(null);
    const result = await send(`/api/v1/badges/${badgeId}/verify`, 'POST');
    setChecking(false);
    if (!result.ok) return setMessage({ tone: 'error', text: result.message });
    const { state, changed, report } = result.data as { state: BadgeState; changed: boolean; report?: { level: VerificationLevel | null } };
    const label = trustLabel(trustOf(state, { level: report?.level })).toLowerCase();
    setMessage({ tone: 'ok', text: changed ? `Checked again: this badge is now ${label}.` : `Checked again: no change, still ${label}.` });
    startTransition(() => router.refresh());
  }

  const pending = checking || refreshing;
  return (
    <div className="flex shrink-0 flex-col gap-2 sm:items-end">
      <Button variant="secondary" onClick={checkAgain} pending={pending}>
        {!pending && <RefreshIcon className="size-4" />}
        Check again
      </Button>
      <p role="status" className={message?.tone === 'error' ? 'max-w-xs text-sm text-red-700 sm:text-right' : 'max-w-xs text-sm text-slate-600 sm:text-right'}>
        {checking ? 'Checking signature, issuer, status, dates and recipient…' : message?.text}
      </p>
    </div>
  );
}

/** "Remove from CV", with an inline confirmation so one stray click cannot remove a badge. */
export function RemoveBadgeButton({ badgeId, name }: { badgeId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setRemoving(true);
    setError(null);
    const result = await send(`/api/v1/badges/${badgeId}`, 'DELETE');
    if (!result.ok) {
      setRemoving(false);
      return setError(result.message);
    }
    router.push('/cv#badges');
    router.refresh();
  }

  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)} className="text-red-700 hover:bg-red-50 hover:text-red-800">
        <TrashIcon className="size-4" />
        Remove from CV
      </Button>
    );
  }
  return (
    <ConfirmRemoval
      question={<>Remove “{name}” from your CV?</>}
      consequence="Employers will no longer see it. You can add it again later from the same file."
      confirmLabel="Remove badge"
      error={error}
      pending={removing}
      onConfirm={remove}
      onCancel={() => setConfirming(false)}
    />
  );
}
