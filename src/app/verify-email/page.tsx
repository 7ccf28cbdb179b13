import type { Metadata } from 'next';
import { ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { AlertIcon, CheckCircleIcon } from '@/components/icons';
import { confirmEmail } from '@/server/auth/email-verification';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false } };

type Outcome = { ok: true; email: string; badgesRechecked: number } | { ok: false; message: string };

async function confirm(token: string | undefined): Promise<Outcome> {
  if (!token) return { ok: false, message: 'This link is missing its code. Open the link from the email again, or request a new one from your CV page.' };
  try {
    return { ok: true, ...(await confirmEmail(await getDb(), token)) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    // A token that does not even decode is just a broken link to the person holding it.
    if (error instanceof SyntaxError || error instanceof RangeError || error instanceof TypeError) return { ok: false, message: 'This verification link is not valid. Request a new one from your CV page.' };
    throw error;
  }
}

/** Where the link in the verification email lands: proves the address, then re-checks badges waiting on it. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const outcome = await confirm(Array.isArray(raw) ? raw[0] : raw);

  return (
    <div className="mx-auto max-w-lg px-4 py-10 sm:py-16">
      <Card className="p-6 text-center sm:p-10">
        {outcome.ok ? (
          <>
            <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-100">
              <CheckCircleIcon className="size-6" />
            </span>
            <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">Email address confirmed</h1>
            <p role="status" className="mt-2 text-[15px] text-slate-600">
              Your email address is verified. {outcome.badgesRechecked} {outcome.badgesRechecked === 1 ? 'badge was' : 'badges were'} checked again.
            </p>
            <p className="mt-2 text-sm break-all text-slate-500">{outcome.email}</p>
            <div className="mt-6 flex justify-center">
              <ButtonLink href="/cv#badges">Go to my CV</ButtonLink>
            </div>
          </>
        ) : (
          <>
            <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-red-50 text-red-600 ring-1 ring-red-100">
              <AlertIcon className="size-6" />
            </span>
            <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">We could not confirm your address</h1>
            <p role="alert" className="mt-2 text-[15px] text-slate-600">
              {outcome.message}
            </p>
            <div className="mt-6 flex justify-center">
              <ButtonLink href="/cv">Go to my CV to request a new link</ButtonLink>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
