'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { Notice } from '@/components/notice';
import { retryAllDeadLettersAction, retryDeadLetterAction } from './actions';

type Result = { ok: true; data: { retried: number } } | { ok: false; message: string };

/** Runs a retry action, then reloads the list; keeps the failure (or the outcome) to show beside the button. */
function useRetry() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (action: () => Promise<Result>, sentence?: (retried: number) => string) => {
    setError(null);
    setDone(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.message);
      if (sentence) setDone(sentence(result.data.retried));
      router.refresh();
    });
  };
  return { pending, error, done, run };
}

/** Retry one entity: back in the outbox with fresh attempts. */
export function RetryButton({ id, label }: { id: number; label: string }) {
  const { pending, error, run } = useRetry();
  return (
    <div className="flex flex-col items-start gap-1.5 sm:items-end">
      <Button variant="secondary" size="sm" pending={pending} aria-label={`Retry ${label}`} onClick={() => run(() => retryDeadLetterAction({ id }))}>
        Retry
      </Button>
      {error && (
        <p role="alert" className="max-w-xs text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** Retry every dead letter at once. */
export function RetryAllButton({ count }: { count: number }) {
  const { pending, error, done, run } = useRetry();
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        variant="primary"
        size="sm"
        pending={pending}
        onClick={() =>
          run(
            () => retryAllDeadLettersAction({}),
            (retried) => `${retried} put back in the outbox; the drainer tries ${retried === 1 ? 'it' : 'them'} again now.`,
          )
        }
      >
        Retry all {count}
      </Button>
      {error && (
        <Notice tone="error" live>
          {error}
        </Notice>
      )}
      {done && (
        <Notice tone="success" live>
          {done}
        </Notice>
      )}
    </div>
  );
}
