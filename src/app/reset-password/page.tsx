import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPanel } from '@/components/auth-panel';
import { Notice } from '@/components/notice';
import { checkResetLink } from '../forgot-password/actions';
import { ResetPasswordForm } from './reset-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

const askAgain = (
  <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-4 hover:underline">
    Ask for a new link
  </Link>
);

/** Where the reset mail's link lands. Opening it changes nothing (mail scanners open links); the form does. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const link = token ? await checkResetLink(token) : { ok: false as const, message: 'This link is missing its code. Open the link from the email again.' };
  if (!link.ok)
    return (
      <AuthPanel title="This reset link does not work" description="Nothing was changed." footer={askAgain}>
        <Notice tone="error" live>
          {link.message}
        </Notice>
      </AuthPanel>
    );
  return (
    <AuthPanel title="Choose a new password" description={`For ${link.email}. Every device signed in to this account will be signed out.`} footer={askAgain}>
      <ResetPasswordForm token={token!} email={link.email} />
    </AuthPanel>
  );
}
