import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { ArrowRightIcon, UserIcon } from '@/components/icons';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { shortDate } from '@/components/time-ago';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { listShortlists } from '@/server/orgs/shortlists';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Shortlists' };

export default async function ShortlistsPage() {
  const { viewer, allowed } = await pageViewer('/shortlists', 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={viewer.cvId ? { href: '/cv', label: 'Go to my CV' } : undefined}>
        <p>Shortlists belong to employer organisations. Your account is set up for finding work.</p>
      </RoleRequired>
    );
  }
  const lists = await listShortlists(await getDb(), viewer);

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading
        eyebrow={viewer.orgs[0]?.name}
        title="Shortlists"
        description="Candidates your organisation has saved from search. Everyone in your organisation sees the same lists."
      >
        <ButtonLink href="/candidates" variant="secondary">
          Find candidates
        </ButtonLink>
      </PageHeading>

      {lists.length === 0 ? (
        <Card className="mt-8 px-6 py-12 text-center">
          <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
            <UserIcon className="size-6" />
          </span>
          <h2 className="mt-4 text-base font-semibold text-slate-900">No shortlists yet</h2>
          <p className="mx-auto mt-2 max-w-sm text-sm text-slate-600">
            In candidate search, choose <span className="font-medium text-slate-800">Shortlist</span> on a result to start a list.
          </p>
          <div className="mt-6">
            <ButtonLink href="/candidates">Search candidates</ButtonLink>
          </div>
        </Card>
      ) : (
        <Card className="mt-8 overflow-hidden">
          <ul className="divide-y divide-slate-200">
            {lists.map((list) => {
              const count = Number(list.candidates);
              return (
                <li key={list.id}>
                  <Link href={`/shortlists/${list.id}`} className="group flex items-center gap-4 px-4 py-4 hover:bg-slate-50 sm:px-6">
                    <div className="min-w-0 flex-1">
                      <p className="truncate font-medium text-slate-900 group-hover:text-brand-800">{list.name}</p>
                      <p className="mt-0.5 text-sm text-slate-500">
                        Created <time dateTime={list.createdAt.toISOString()}>{shortDate.format(list.createdAt)}</time>
                      </p>
                    </div>
                    <span className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-700 tabular-nums">
                      {count} {count === 1 ? 'candidate' : 'candidates'}
                    </span>
                    <ArrowRightIcon className="size-4 shrink-0 text-slate-500 group-hover:text-brand-700" />
                  </Link>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
