import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPanel } from '@/components/auth-panel';
import { emailSchema } from '@/server/auth/schemas';
import { env } from '@/server/env';
import { ForgotPasswordForm } from './forgot-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).email;
  const email = emailSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return (
    <AuthPanel
      title="Reset your password"
      description="Enter the email address you sign in with. We will send you a link to choose a new password."
      footer={
        <>
          Remembered it?{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <ForgotPasswordForm defaultEmail={email.success ? email.data : undefined} localMailbox={env().BADGEBOARD_LOCAL_MODE === '1'} />
    </AuthPanel>
  );
}
