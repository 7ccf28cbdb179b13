'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { setRoleStatusAction } from './actions';

const actions = {
  publish: { label: 'Publish', status: 'published', variant: 'primary' },
  close: { label: 'Close', status: 'closed', variant: 'secondary' },
  reopen: { label: 'Reopen', status: 'published', variant: 'secondary' },
} as const;

/** Publish / Close / Reopen for one role; the list re-renders with the new status when the action returns. */
export function RoleStatusButton({ jobId, action }: { jobId: string; action: keyof typeof actions }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { label, status, variant } = actions[action];
  return (
    <div className="flex flex-col items-stretch gap-1 sm:items-end">
      <Button
        size="sm"
        variant={variant}
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await setRoleStatusAction({ jobId, status });
            if (!result.ok) setError(result.message);
          })
        }
      >
        {label}
      </Button>
      {error && (
        <p role="alert" className="max-w-56 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
