import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthPanel } from '@/components/auth-panel';
import { emailSchema } from '@/server/auth/schemas';
import { getViewer } from '@/server/auth/viewer';
import { homePathFor } from '../start/home-path';
import { safeCallbackUrl } from './callback-url';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // Links in our mail ("sign in", "your account is ready") fill in the address.
  const email = emailSchema.safeParse(Array.isArray(params.email) ? params.email[0] : params.email);
  const viewer = await getViewer();
  if (viewer) redirect(callbackUrl ?? homePathFor(viewer));

  return (
    <AuthPanel
      title="Sign in to Badgeboard"
      description="Welcome back. Pick up where you left off."
      footer={
        <>
          New here?{' '}
          <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} defaultEmail={email.success ? email.data : undefined} />
    </AuthPanel>
  );
}
