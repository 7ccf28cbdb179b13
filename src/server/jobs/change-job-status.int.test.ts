// Integration: real PostgreSQL (with ESCO) and Elasticsearch. The publish workflow: status, then who is told.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { jobs, notifications } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { aliasFor } from '@/server/search/indices/registry';
import { createEmployerViewer, createSeeker, elasticsearchProxy, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { changeJobStatus } from './change-job-status';
import { saveJob } from './save-job';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
let db: Database;
let close: () => Promise<void>;
const search = testSearch();
const searchNow = async () => search;
let employer: Viewer;
let seeker: { userId: string; cvId: string; email: string };

async function newRole(): Promise<string> {
  const { id } = await saveJob(db, employer, {
    title: `Python developer ${uniqueWord()}`,
    description: 'Build services in Python.',
    location: 'Dundee',
    workplace: 'remote',
    contractType: 'permanent',
    salaryCurrency: 'GBP',
    salaryPeriod: 'year',
    requirements: [{ kind: 'skill', code: PYTHON, importance: 'required' }],
  });
  return id;
}
const told = async (jobId: string) =>
  (
    await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, seeker.userId), eq(notifications.link, `/jobs/${jobId}`)))
  ).length;
const statusOf = async (jobId: string) => (await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)))[0]?.status;

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = (await loadViewer((await createEmployerViewer(db)).id))!;
  seeker = await createSeeker(db);
  await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
  await drainAll(db, search);
  await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
});
afterAll(async () => close());

describe('changeJobStatus', () => {
  it('tells matching seekers when a role becomes published, not when a published role is published again', async () => {
    const jobId = await newRole();
    expect(await changeJobStatus(db, searchNow, employer, jobId, 'published')).toMatchObject({ status: 'published', becamePublished: true });
    expect(await told(jobId)).toBe(1);
    expect(await changeJobStatus(db, searchNow, employer, jobId, 'published')).toEqual({ status: 'published', becamePublished: false, notified: 0 });
    expect(await told(jobId)).toBe(1);
  });

  it('tells them again when a closed role is reopened, and never on closing or saving as a draft', async () => {
    const jobId = await newRole();
    expect((await changeJobStatus(db, searchNow, employer, jobId, 'draft')).becamePublished).toBe(false);
    await changeJobStatus(db, searchNow, employer, jobId, 'published');
    expect((await changeJobStatus(db, searchNow, employer, jobId, 'closed')).becamePublished).toBe(false);
    expect(await told(jobId)).toBe(1);
    expect((await changeJobStatus(db, searchNow, employer, jobId, 'published')).becamePublished).toBe(true);
    expect(await told(jobId)).toBe(2);
  });

  it('notifies once when two publishes of one draft race', async () => {
    const jobId = await newRole();
    const results = await Promise.all([
      changeJobStatus(db, searchNow, employer, jobId, 'published'),
      changeJobStatus(db, searchNow, employer, jobId, 'published'),
    ]);
    expect(results.map((result) => result.becamePublished).sort()).toEqual([false, true]);
    expect(await told(jobId)).toBe(1);
  });

  it('publishes the role even when Elasticsearch is unreachable, and logs the missed notification', async () => {
    const proxy = await elasticsearchProxy();
    await proxy.down();
    const unreachable = testSearch(proxy.url, 1_000);
    const logged: unknown[][] = [];
    const jobId = await newRole();
    const result = await changeJobStatus(db, async () => unreachable, employer, jobId, 'published', {
      log: { error: (...args: unknown[]) => void logged.push(args) },
    });
    expect(result).toEqual({ status: 'published', becamePublished: true, notified: 0 });
    expect(await statusOf(jobId)).toBe('published');
    expect(logged).toEqual([['[jobs] could not notify matching seekers', jobId, expect.anything()]]);
  });

  it("refuses another organisation's role and changes nothing", async () => {
    const jobId = await newRole();
    const rival = (await loadViewer((await createEmployerViewer(db)).id))!;
    await expect(changeJobStatus(db, searchNow, rival, jobId, 'published')).rejects.toMatchObject({ code: 'not_found' });
    expect(await statusOf(jobId)).toBe('draft');
  });
});
