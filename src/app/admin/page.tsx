import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { ArrowRightIcon } from '@/components/icons';
import { PageHeading } from '@/components/page-heading';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { countDeadLetters } from '@/server/search/sync/dead-letters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Administration', robots: { index: false } };

export default async function AdminPage() {
  const { allowed } = await pageViewer('/admin', 'admin');
  // Like every admin page: others are told there is nothing here.
  if (!allowed) notFound();
  const deadLetters = await countDeadLetters(await getDb());
  const pages = [
    {
      href: '/admin/issuers',
      title: 'Known issuers',
      text: 'Which issuer ids Badgeboard knows by their verified names; add one or import a registry file.',
      badge: null,
    },
    {
      href: '/admin/dead-letters',
      title: 'Dead letters',
      text: 'Search documents Elasticsearch kept refusing, with its error; retry them once the cause is fixed.',
      badge: deadLetters > 0 ? <Chip tone="danger">{deadLetters} stuck</Chip> : <Chip tone="muted">none</Chip>,
    },
  ];

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow="Administration"
        title="Administration"
        description="Registry, search sync and health. Everything here is for administrators only."
      />
      <ul className="mt-8 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {pages.map((page) => (
          <li key={page.href}>
            <Card className="h-full p-5 transition-colors hover:border-slate-300 sm:p-6">
              <Link href={page.href} className="group flex h-full flex-col gap-2">
                <span className="flex items-center justify-between gap-3">
                  <span className="text-base font-semibold text-slate-900 group-hover:underline">{page.title}</span>
                  {page.badge}
                </span>
                <span className="text-sm text-slate-600">{page.text}</span>
                <span className="mt-auto inline-flex items-center gap-1 text-sm font-medium text-brand-700">
                  Open <ArrowRightIcon className="size-4" />
                </span>
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
