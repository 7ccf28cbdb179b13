'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/button';
import { ConfirmRemoval } from '@/components/confirm-removal';
import { BanIcon } from '@/components/icons';
import { revokeApiKeyAction } from './actions';

/** "Revoke", then an inline confirmation: a stray click must not cut a portal off. */
export function RevokeKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const result = await revokeApiKeyAction({ keyId });
      if (!result.ok) return setError(result.message);
      setConfirming(false);
      router.refresh();
    });
  }

  if (!confirming) {
    return (
      <Button
        variant="ghost"
        size="sm"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke ${name}`}
        className="text-red-700 hover:bg-red-50 hover:text-red-800"
      >
        <BanIcon className="size-4" />
        Revoke
      </Button>
    );
  }
  return (
    <ConfirmRemoval
      className="w-full p-3"
      question={<>Revoke “{name}”?</>}
      consequence="Anything using this key is refused from its next request. This cannot be undone: create a new key if you need access again."
      confirmLabel="Revoke key"
      error={error}
      pending={pending}
      onConfirm={revoke}
      onCancel={() => setConfirming(false)}
    />
  );
}
