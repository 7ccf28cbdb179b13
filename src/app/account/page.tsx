import type { Metadata } from 'next';
import { Card } from '@/components/card';
import { PageHeading } from '@/components/page-heading';
import { listAddresses, MAX_EXTRA_ADDRESSES } from '@/server/account/email-addresses';
import { listLiveSessions } from '@/server/auth/sessions';
import { getViewerSession } from '@/server/auth/viewer';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { ChangePasswordForm } from './change-password-form';
import { EmailAddresses } from './email-addresses';
import { SessionList } from './session-list';
import { SignOutDevices } from './sign-out-devices';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const { viewer } = await pageViewer('/account');
  // The same (cached) lookup pageViewer made: which of the sessions below is this browser's.
  const currentSessionId = (await getViewerSession())?.sessionId ?? null;
  const now = new Date();
  const db = await getDb();
  const sessions = await listLiveSessions(db, viewer.id, now);
  const addresses = await listAddresses(db, viewer.id);
  const others = sessions.filter((session) => session.id !== currentSessionId).length;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow="Account"
        title="Sign-in and security"
        description={`Signed in as ${viewer.name} (${viewer.email}). Manage your email addresses, see where your account is signed in, end sessions you do not recognise, and change your password.`}
      />

      <Card className="mt-8">
        <section id="email-addresses" aria-labelledby="email-addresses-heading" className="scroll-mt-24 p-5 sm:p-6">
          <h2 id="email-addresses-heading" className="text-base font-semibold text-slate-900">
            Email addresses
          </h2>
          <p className="mt-1 mb-5 max-w-3xl text-sm text-slate-600">
            Badges issued to any of your verified addresses count as yours, so add the ones schools, courses and employers know you by. You sign in with the
            primary address; employers you apply to see it too. The others stay private.
          </p>
          <EmailAddresses
            addresses={addresses.map(({ address, primary, verified }) => ({ address, primary, verified }))}
            maxExtra={MAX_EXTRA_ADDRESSES}
            localMode={env().BADGEBOARD_LOCAL_MODE === '1'}
          />
        </section>
      </Card>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-5 lg:items-start">
        <Card className="lg:col-span-3">
          <section aria-labelledby="sessions-heading" className="p-5 sm:p-6">
            <h2 id="sessions-heading" className="text-base font-semibold text-slate-900">
              Where you are signed in
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Each sign-in lasts 30 days unless you sign out. If you see a browser you do not recognise, sign out of other devices and change your password.
            </p>
            <SessionList sessions={sessions} currentSessionId={currentSessionId} now={now} />
          </section>
          <div className="border-t border-slate-200 p-5 sm:p-6">
            <SignOutDevices otherSessions={others} />
          </div>
        </Card>

        <Card className="lg:col-span-2">
          <section aria-labelledby="password-heading" className="p-5 sm:p-6">
            <h2 id="password-heading" className="text-base font-semibold text-slate-900">
              Change password
            </h2>
            <p className="mt-1 mb-5 text-sm text-slate-600">You stay signed in here; every other session ends.</p>
            <ChangePasswordForm email={viewer.email} />
          </section>
        </Card>
      </div>
    </div>
  );
}
