import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPanel } from '@/components/auth-panel';
import { Notice } from '@/components/notice';
import { readVerificationLink } from '@/server/auth/email-verification';
import { AppError } from '@/server/errors';
import { ConfirmEmailForm } from './confirm-email-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false } };

function read(token: string | undefined): { ok: true; email: string } | { ok: false; message: string } {
  if (!token) return { ok: false, message: 'This link is missing its code. Open the link from the email again, or request a new one from your CV page.' };
  try {
    return { ok: true, ...readVerificationLink(token) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}

const backToCv = (
  <Link href="/cv" className="font-medium text-brand-700 underline-offset-4 hover:underline">
    Go to my CV to request a new link
  </Link>
);

/**
 * Where the link in the verification email lands. Rendering it changes nothing (mail scanners and previews open
 * links too); the button confirms the address and re-checks the badges waiting on it.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const link = read(token);

  if (!link.ok) {
    return (
      <AuthPanel title="We could not confirm your address" description="The link from your email did not work." footer={backToCv}>
        <Notice tone="error" live>
          {link.message}
        </Notice>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel
      title="Confirm your email address"
      description={
        <>
          Confirm that <span className="font-medium break-all text-slate-800">{link.email}</span> is your address, so badges issued to it count as yours.
        </>
      }
      footer={backToCv}
    >
      <ConfirmEmailForm token={token!} />
    </AuthPanel>
  );
}
