import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPanel } from '@/components/auth-panel';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { readSignUpLink } from '@/server/auth/complete-sign-up';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { ConfirmSignUpForm } from './confirm-sign-up-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Finish creating your account',
  robots: { index: false },
};

type SignUpLink = Awaited<ReturnType<typeof readSignUpLink>>;

async function read(token: string | undefined): Promise<{ ok: true; link: SignUpLink } | { ok: false; message: string }> {
  if (!token)
    return {
      ok: false,
      message: 'This link is missing its code. Open the link from the email again, or sign up again to get a new one.',
    };
  try {
    return { ok: true, link: await readSignUpLink(await getDb(), token) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}

const signUpAgain = (
  <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-4 hover:underline">
    Sign up again
  </Link>
);

/** Where the sign-up mail's link lands: the person confirms with their password and the account is created. */
export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const outcome = await read(token);

  if (!outcome.ok) {
    return (
      <AuthPanel title="We could not finish your sign-up" description="The link from your email did not work." footer={signUpAgain}>
        <Notice tone="error" live>
          {outcome.message}
        </Notice>
      </AuthPanel>
    );
  }

  const { link } = outcome;
  if (link.accountExists) {
    return (
      <AuthPanel title="Your account is ready" description="This link was used already: the account exists." footer={signUpAgain}>
        <div className="space-y-5 text-center">
          <p className="text-[15px] text-slate-600">
            Sign in as <span className="font-medium break-all text-slate-800">{link.email}</span> with the password you chose.
          </p>
          <ButtonLink href={`/sign-in?email=${encodeURIComponent(link.email)}`}>Sign in</ButtonLink>
        </div>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel
      title="Finish creating your account"
      description={
        link.accountType === 'employer'
          ? `One step left, ${link.name}: then you can hire for ${link.organisationName}.`
          : `One step left, ${link.name}: then you can build your CV.`
      }
      footer={<>Not you, or chose another password? {signUpAgain}</>}
    >
      <ConfirmSignUpForm token={token!} email={link.email} accountType={link.accountType} />
    </AuthPanel>
  );
}
