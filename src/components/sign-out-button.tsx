'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from './button';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      pending={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/' });
      }}
    >
      Sign out
    </Button>
  );
}
