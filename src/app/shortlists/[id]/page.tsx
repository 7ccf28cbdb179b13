import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ButtonLink } from '@/components/button';
import { Card } from '@/components/card';
import { ArrowLeftIcon, MapPinIcon, UserIcon } from '@/components/icons';
import { InitialsAvatar } from '@/components/initials-avatar';
import { PageHeading } from '@/components/page-heading';
import { RoleRequired } from '@/components/role-required';
import { shortDate } from '@/components/time-ago';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { shortlistCandidates } from '@/server/orgs/shortlists';
import { EntryNote, RemoveEntryButton } from './entry-controls';
import { ListControls } from './list-controls';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Shortlist' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadList(...args: Parameters<typeof shortlistCandidates>) {
  try {
    return await shortlistCandidates(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function ShortlistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, allowed } = await pageViewer(`/shortlists/${id}`, 'employer');
  if (!allowed) {
    return (
      <RoleRequired title="This page is for employers" action={viewer.cvId ? { href: '/cv', label: 'Go to my CV' } : undefined}>
        <p>Shortlists belong to employer organisations. Your account is set up for finding work.</p>
      </RoleRequired>
    );
  }
  if (!UUID.test(id)) notFound();
  const { list, candidates } = await loadList(await getDb(), viewer, id);

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <Link href="/shortlists" className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 hover:text-slate-900">
        <ArrowLeftIcon className="size-4" /> All shortlists
      </Link>
      <PageHeading
        eyebrow={viewer.orgs[0]?.name}
        title={list.name}
        description={`${candidates.length} ${candidates.length === 1 ? 'candidate' : 'candidates'} · created ${shortDate.format(list.createdAt)}`}
      >
        <ListControls shortlistId={list.id} name={list.name} count={candidates.length} />
      </PageHeading>

      {candidates.length === 0 ? (
        <Card className="mt-8 px-6 py-12 text-center">
          <span className="mx-auto flex size-12 items-center justify-center rounded-full bg-slate-100 text-slate-500">
            <UserIcon className="size-6" />
          </span>
          <h2 className="mt-4 text-base font-semibold text-slate-900">Nobody on this list</h2>
          <p className="mx-auto mt-2 max-w-sm text-sm text-slate-600">Candidates who hide their CV leave every list. Add people from candidate search.</p>
          <div className="mt-6">
            <ButtonLink href="/candidates">Search candidates</ButtonLink>
          </div>
        </Card>
      ) : (
        <Card className="mt-8 overflow-hidden">
          <h2 className="sr-only">Candidates</h2>
          <ul className="divide-y divide-slate-200">
            {candidates.map((candidate) => (
              <li key={candidate.cvId} className="flex items-start gap-3 px-4 py-4 sm:gap-4 sm:px-6">
                <InitialsAvatar name={candidate.name} className="size-10 text-sm" />
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">
                    <Link href={`/p/${candidate.cvId}`} className="underline-offset-4 hover:text-brand-800 hover:underline">
                      {candidate.name}
                    </Link>
                  </p>
                  <p className="mt-0.5 text-sm text-slate-700">{candidate.headline || <span className="text-slate-500">No headline yet</span>}</p>
                  <p className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-500">
                    {candidate.location && (
                      <span className="inline-flex items-center gap-1.5">
                        <MapPinIcon className="size-4 text-slate-500" />
                        {candidate.location}
                      </span>
                    )}
                    <span>
                      Added <time dateTime={candidate.addedAt.toISOString()}>{shortDate.format(candidate.addedAt)}</time>
                    </span>
                  </p>
                  {candidate.tags.length > 0 && (
                    <ul aria-label="Your organisation’s tags" className="mt-2 flex flex-wrap gap-1.5">
                      {candidate.tags.map((tag) => (
                        <li
                          key={tag}
                          className="rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-medium wrap-anywhere text-brand-900 ring-1 ring-brand-200 ring-inset"
                        >
                          {tag}
                        </li>
                      ))}
                    </ul>
                  )}
                  <EntryNote shortlistId={list.id} cvId={candidate.cvId} candidateName={candidate.name} note={candidate.note} />
                </div>
                <RemoveEntryButton shortlistId={list.id} cvId={candidate.cvId} candidateName={candidate.name} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
