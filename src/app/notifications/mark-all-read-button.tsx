'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { markAllReadAction } from './actions';

export function MarkAllReadButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <Button
        variant="secondary"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllReadAction({});
            setError(result.ok ? null : result.message);
          })
        }
      >
        Mark all as read
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
