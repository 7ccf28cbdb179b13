import { asc, count, gt } from 'drizzle-orm';
import { loadCandidateDocuments, type SyncState } from '@/server/cv/candidate-document';
import type { Database, Tx } from '@/server/db/client';
import { cvs, jobs } from '@/server/db/schema';
import { loadJobDocuments } from '@/server/jobs/job-document';
import type { IndexName } from '../indices/registry';
import type { SyncTopic } from './outbox';

type Topic = {
  index: IndexName;
  /** Current state of the given entities, as search should hold it. */
  load: (db: Database | Tx, ids: string[]) => Promise<Map<string, SyncState<unknown>>>;
  /** Every entity id, in pages (keyset), for a full reindex. */
  scan: (db: Database, afterId: string | null, limit: number) => Promise<string[]>;
  total: (db: Database) => Promise<number>;
};

/** Which index each outbox topic feeds and how its documents are built from Postgres. */
export const syncTopics: Record<SyncTopic, Topic> = {
  candidate: {
    index: 'candidates',
    load: loadCandidateDocuments,
    scan: async (db, afterId, limit) => {
      const rows = await db
        .select({ id: cvs.id })
        .from(cvs)
        .where(afterId ? gt(cvs.id, afterId) : undefined)
        .orderBy(asc(cvs.id))
        .limit(limit);
      return rows.map((row) => row.id);
    },
    total: async (db) => Number((await db.select({ n: count() }).from(cvs))[0]?.n ?? 0),
  },
  job: {
    index: 'jobs',
    load: loadJobDocuments,
    scan: async (db, afterId, limit) => {
      const rows = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(afterId ? gt(jobs.id, afterId) : undefined)
        .orderBy(asc(jobs.id))
        .limit(limit);
      return rows.map((row) => row.id);
    },
    total: async (db) => Number((await db.select({ n: count() }).from(jobs))[0]?.n ?? 0),
  },
};

export function topicForIndex(name: IndexName): Topic {
  const topic = Object.values(syncTopics).find((candidate) => candidate.index === name);
  if (!topic) throw new Error(`No outbox topic feeds the ${name} index`);
  return topic;
}
