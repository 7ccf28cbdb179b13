import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import { MailIcon } from '@/components/icons';
import { LinkifiedText } from '@/components/linkified-text';
import { PageHeading } from '@/components/page-heading';
import { TimeAgo } from '@/components/time-ago';
import { emailSchema } from '@/server/auth/schemas';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { listOutgoingMail } from '@/server/notifications/outgoing-mail';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Local mailbox', robots: { index: false } };

/**
 * Local mode only: the mail Badgeboard would have sent you, so links in it can be followed without a mail server.
 * `?to=<address>` shows the mail to an address without signing in (the sign-up link arrives before the account exists).
 */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (env().BADGEBOARD_LOCAL_MODE !== '1') notFound();
  const { to } = await searchParams;
  const address = emailSchema.safeParse(Array.isArray(to) ? to[0] : to);
  const recipient = address.success ? { email: address.data, query: { to: address.data } } : await viewerMail();
  const mail = await listOutgoingMail(await getDb(), recipient.query);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow={<Chip tone="warning">Local mode</Chip>}
        title="Local mailbox"
        description={
          <>
            Badgeboard is running locally, so instead of sending mail it keeps it here. These are the messages for{' '}
            <span className="font-medium break-all text-slate-800">{recipient.email}</span>, newest first.
          </>
        }
      />

      {mail.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<MailIcon className="size-6" />} title="No mail yet">
            Messages appear here when Badgeboard would email you, e.g. a link to confirm your address.
          </EmptyState>
        </div>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="Messages">
          {mail.map((message) => (
            <li key={message.id}>
              <Card>
                <article aria-labelledby={`mail-${message.id}`}>
                  <header className="flex flex-col gap-1 border-b border-slate-100 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4 sm:px-6">
                    <div className="min-w-0">
                      <h2 id={`mail-${message.id}`} className="text-[15px] font-semibold text-slate-900">
                        {message.subject}
                      </h2>
                      <p className="mt-0.5 text-sm break-all text-slate-500">To: {message.to}</p>
                    </div>
                    <p className="shrink-0 text-xs text-slate-500">
                      <TimeAgo date={message.createdAt} />
                    </p>
                  </header>
                  <p className="px-5 py-4 text-sm leading-relaxed break-words whitespace-pre-line text-slate-700 sm:px-6">
                    <LinkifiedText text={message.body} />
                  </p>
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

async function viewerMail() {
  const { viewer } = await pageViewer('/dev/mailbox');
  return { email: viewer.email, query: { userId: viewer.id } };
}
