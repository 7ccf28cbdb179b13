import 'server-only';
import { asc, count, gt } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { loadCandidateDocuments, type SyncState } from '@/server/cv/candidate-document';
import type { Database, Tx } from '@/server/db/client';
import { cvs, jobs } from '@/server/db/schema';
import { loadJobDocuments } from '@/server/jobs/job-document';
import type { IndexName } from '../indices/registry';
import type { SyncTopic } from './outbox';

export type Topic = {
  index: IndexName;
  /** Current state of the given entities, as search should hold it. */
  load: (db: Database | Tx, ids: string[]) => Promise<Map<string, SyncState<unknown>>>;
  /** Every entity id, in pages (keyset), for a full reindex. */
  scan: (db: Database, afterId: string | null, limit: number) => Promise<string[]>;
  total: (db: Database) => Promise<number>;
};

/** A topic whose entities are the rows of one table, keyed by a uuid `id`. */
function tableTopic(index: IndexName, table: PgTable, id: PgColumn, load: Topic['load']): Topic {
  return {
    index,
    load,
    scan: async (db, afterId, limit) => {
      const rows = await db
        .select({ id })
        .from(table)
        .where(afterId ? gt(id, afterId) : undefined)
        .orderBy(asc(id))
        .limit(limit);
      return rows.map((row) => row.id as string);
    },
    total: async (db) => Number((await db.select({ n: count() }).from(table))[0]?.n ?? 0),
  };
}

/** Which index each outbox topic feeds and how its documents are built from Postgres. */
export const syncTopics: Record<SyncTopic, Topic> = {
  candidate: tableTopic('candidates', cvs, cvs.id, loadCandidateDocuments),
  job: tableTopic('jobs', jobs, jobs.id, loadJobDocuments),
};

export function topicForIndex(name: IndexName): Topic {
  const topic = Object.values(syncTopics).find((candidate) => candidate.index === name);
  if (!topic) throw new Error(`No outbox topic feeds the ${name} index`);
  return topic;
}
