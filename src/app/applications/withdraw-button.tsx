'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { withdrawApplicationAction } from './actions';

/** "Withdraw" asks once more (it cannot be undone; applying again starts afresh), then removes the application. */
export function WithdrawButton({ applicationId, title }: { applicationId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!confirming)
    return (
      <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={`Withdraw your application for ${title}`}>
        Withdraw
      </Button>
    );

  return (
    <div role="group" aria-label={`Withdraw your application for ${title}?`} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">Withdraw it? The employer will no longer see it.</span>
      <Button
        type="button"
        variant="danger"
        size="sm"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await withdrawApplicationAction({ applicationId });
            if (!result.ok) return setMessage(result.message);
            router.refresh();
          })
        }
      >
        Yes, withdraw
      </Button>
      <Button type="button" variant="secondary" size="sm" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      {message && (
        <p role="alert" className="w-full text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
