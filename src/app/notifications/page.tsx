import clsx from 'clsx';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/empty-state';
import { BriefcaseIcon, VerifiedIcon } from '@/components/icons';
import { UsersIcon } from '@/components/job-icons';
import { BellIcon } from '@/components/notification-bell';
import { PageHeading } from '@/components/page-heading';
import { TimeAgo } from '@/components/time-ago';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { listNotifications } from '@/server/notifications/notify';
import { MarkAllReadButton } from './mark-all-read-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notifications' };

const icons: Record<string, ReactNode> = {
  new_applicant: <UsersIcon className="size-4.5" />,
  matching_role: <VerifiedIcon className="size-4.5" />,
  stage_changed: <BriefcaseIcon className="size-4.5" />,
};

/** Only our own paths become links; anything else is shown as plain text. */
function safeLink(link: string): string | null {
  return link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export default async function NotificationsPage() {
  const { viewer } = await pageViewer('/notifications');
  const notifications = await listNotifications(await getDb(), viewer.id);
  const unread = notifications.filter((notification) => !notification.readAt).length;

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow="Notifications"
        title="What’s new"
        description={
          unread > 0
            ? `${unread} unread. New applicants, roles that match your badges, and changes to your applications.`
            : 'New applicants, roles that match your badges, and changes to your applications.'
        }
      >
        {unread > 0 && <MarkAllReadButton />}
      </PageHeading>

      {notifications.length === 0 ? (
        <div className="mt-8">
          <EmptyState icon={<BellIcon className="size-6" />} title="No notifications yet">
            <p>We will let you know here when something needs your attention.</p>
          </EmptyState>
        </div>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
          {notifications.map((notification) => {
            const isUnread = !notification.readAt;
            const href = safeLink(notification.link);
            return (
              <li key={notification.id} className={clsx('relative flex gap-3 px-4 py-4 sm:px-5', isUnread ? 'bg-brand-50/60' : 'bg-white')}>
                {isUnread && <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1 bg-brand-600" />}
                <span
                  className={clsx(
                    'mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full',
                    isUnread ? 'bg-brand-100 text-brand-700' : 'bg-slate-100 text-slate-500',
                  )}
                >
                  {icons[notification.kind] ?? <BellIcon className="size-4.5" />}
                </span>
                <div className="min-w-0 flex-1">
                  <p className={clsx('text-sm break-words', isUnread ? 'font-semibold text-slate-900' : 'font-medium text-slate-700')}>
                    {isUnread && <span className="sr-only">Unread: </span>}
                    {href ? (
                      <Link href={href} className="after:absolute after:inset-0 hover:underline">
                        {notification.title}
                      </Link>
                    ) : (
                      notification.title
                    )}
                  </p>
                  {notification.body && <p className="mt-0.5 text-sm text-slate-600">{notification.body}</p>}
                  <p className="mt-1 text-xs text-slate-500">
                    <TimeAgo date={notification.createdAt} />
                  </p>
                </div>
                {isUnread && <span aria-hidden="true" className="mt-2 size-2 shrink-0 rounded-full bg-brand-600" />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
