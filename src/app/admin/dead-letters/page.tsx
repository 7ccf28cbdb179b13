import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { PageHeading } from '@/components/page-heading';
import { TimeAgo } from '@/components/time-ago';
import { pageViewer } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { countDeadLetters, listDeadLetters } from '@/server/search/sync/dead-letters';
import { MAX_ATTEMPTS } from '@/server/search/sync/drain-outbox';
import { RetryAllButton, RetryButton } from './retry-buttons';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dead letters', robots: { index: false } };

const SHOWN = 200;
const topics: Record<string, string> = { candidate: 'CV', job: 'Role' };

export default async function DeadLettersPage() {
  const { allowed } = await pageViewer('/admin/dead-letters', 'admin');
  // Like every admin page: others are told there is nothing here.
  if (!allowed) notFound();
  const db = await getDb();
  const [letters, total] = await Promise.all([listDeadLetters(db, { limit: SHOWN }), countDeadLetters(db)]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      <PageHeading
        eyebrow={
          <Link href="/admin" className="hover:underline">
            Administration
          </Link>
        }
        title="Dead letters"
        description={`Search documents Elasticsearch refused ${MAX_ATTEMPTS} times in a row. They are out of the outbox so they stop holding anything up, and their CV or role is missing from search (or shows an older version) until one goes in. Fix the cause, then retry: a retry puts the entity back in the outbox with fresh attempts.`}
      >
        {total > 0 && <RetryAllButton count={total} />}
      </PageHeading>

      <Card className="mt-8 overflow-hidden">
        <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 px-5 py-4 sm:px-6">
          <h2 className="text-base font-semibold text-slate-900">Refused documents</h2>
          <p className="text-sm text-slate-600">
            {total === 0
              ? 'None'
              : total > letters.length
                ? `The ${letters.length} most recent of ${total}`
                : `${total} ${total === 1 ? 'entity' : 'entities'}`}
          </p>
        </div>
        {letters.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-600 sm:px-6">Nothing is stuck: every change reached search, or is still waiting its turn in the outbox.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {letters.map((letter) => {
              const name = letter.entityLabel ?? 'no longer in the database';
              return (
                <li key={letter.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
                  <div className="min-w-0 flex-1 text-sm">
                    <p className="flex flex-wrap items-center gap-2">
                      <Chip>{topics[letter.topic] ?? letter.topic}</Chip>
                      <span className={letter.entityLabel ? 'font-semibold text-slate-900' : 'text-slate-500 italic'}>{name}</span>
                    </p>
                    <p className="mt-1 font-mono text-xs break-all text-slate-600">{letter.entityId}</p>
                    <details className="mt-2 rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
                      <summary className="cursor-pointer font-mono text-xs [overflow-wrap:anywhere] text-red-800">
                        {letter.error.length > 160 ? `${letter.error.slice(0, 160)}…` : letter.error}
                      </summary>
                      <pre className="mt-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-700">{letter.error}</pre>
                    </details>
                    <dl className="mt-2 grid gap-x-4 gap-y-1 text-slate-600 sm:grid-cols-[auto_minmax(0,1fr)]">
                      <dt className="text-slate-500">Attempts</dt>
                      <dd>{letter.attempts}</dd>
                      <dt className="text-slate-500">First refused</dt>
                      <dd>
                        <TimeAgo date={letter.firstSeenAt} />
                      </dd>
                      <dt className="text-slate-500">Last refused</dt>
                      <dd>
                        <TimeAgo date={letter.lastSeenAt} />
                      </dd>
                    </dl>
                  </div>
                  <div className="shrink-0">
                    <RetryButton id={letter.id} label={`${topics[letter.topic] ?? letter.topic} ${letter.entityLabel ?? letter.entityId}`} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
