import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthPanel } from '@/components/auth-panel';
import { getViewer } from '@/server/auth/viewer';
import { env } from '@/server/env';
import { homePathFor } from '../start/home-path';
import { SignUpForm, type AccountType } from './sign-up-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (viewer) redirect(homePathFor(viewer));
  const { type } = await searchParams;
  const initialType: AccountType | undefined = type === 'seeker' || type === 'employer' ? type : undefined;

  return (
    <AuthPanel
      wide
      title="Create your Badgeboard account"
      description="Free for job seekers and employers. It takes a minute."
      footer={
        <>
          Already have an account?{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm initialType={initialType} localMailbox={env().BADGEBOARD_LOCAL_MODE === '1'} />
    </AuthPanel>
  );
}
