'use client';

import { useActionState } from 'react';
import { Button, ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { confirmEmailAction, type ConfirmEmailResult } from './actions';

/** One button that confirms the address; the outcome replaces it. Works without JavaScript too (a plain form POST). */
export function ConfirmEmailForm({ token }: { token: string }) {
  const [result, confirm, pending] = useActionState<ConfirmEmailResult, FormData>(confirmEmailAction, null);

  if (result?.ok) {
    const { email, badgesRechecked } = result.data;
    return (
      <div className="space-y-5 text-center">
        <Notice tone="success" live title="Email address confirmed">
          Your email address is verified. {badgesRechecked} {badgesRechecked === 1 ? 'badge was' : 'badges were'} checked again.
          <span className="mt-1 block break-all">{email}</span>
        </Notice>
        <ButtonLink href="/cv#badges">Go to my CV</ButtonLink>
      </div>
    );
  }

  return (
    <form action={confirm} className="space-y-5">
      {result && !result.ok && (
        <Notice tone="error" live>
          {result.message}
        </Notice>
      )}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        Confirm my email address
      </Button>
    </form>
  );
}
