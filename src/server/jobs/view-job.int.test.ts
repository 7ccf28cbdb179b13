// Integration: real PostgreSQL (with ESCO) and Elasticsearch. A role's page data: outcomes, the route to work, the
// seeker's application; and the employer's list of roles with applicant counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementKey } from '@/lib/achievement-key';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import { openDatabase, type Database } from '@/server/db/client';
import { drainAll } from '@/server/devstack/search-setup';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { applyToJob } from './applications';
import { listOrgJobs } from './queries';
import { saveJob, setJobStatus } from './save-job';
import { routesToWork, viewJob } from './view-job';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const ISSUER = 'did:web:route.example';
const MENTOR = `https://route.example/mentor/${uniqueWord()}`;
const SQL_BADGE = `SQL Basics ${uniqueWord()}`;
let db: Database;
let close: () => Promise<void>;
let employer: Viewer;
let jobId: string;
const asViewer = async (userId: string) => (await loadViewer(userId))!;
const base = {
  description: 'Analyse data.',
  location: 'Perth',
  workplace: 'on_site' as const,
  contractType: 'permanent' as const,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year' as const,
};

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = await asViewer((await createEmployerViewer(db)).id);
  // Someone on the platform holds the Mentor badge and one aligned to SQL, so both are known achievements.
  const holder = await createSeeker(db);
  await insertBadge(db, holder, { name: 'Mentor', achievementId: MENTOR, issuerId: ISSUER, issuerName: 'Route Academy' });
  await insertBadge(db, holder, { name: SQL_BADGE, skills: [SQL], issuerId: ISSUER, issuerName: 'Route Academy' });
  ({ id: jobId } = await saveJob(db, employer, {
    ...base,
    title: `Analyst ${uniqueWord()}`,
    requirements: [
      { kind: 'skill', code: PYTHON, importance: 'required' },
      { kind: 'achievement', code: achievementKey(ISSUER, MENTOR), importance: 'required' },
      { kind: 'skill', code: SQL, importance: 'preferred' },
    ],
  }));
  await setJobStatus(db, employer, jobId, 'published');
  await drainAll(db, testSearch());
});
afterAll(async () => close());

describe('viewJob', () => {
  it('gives a seeker their outcome per requirement, a route to work for each one not met, and their application', async () => {
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    const viewer = await asViewer(seeker.userId);
    const view = (await viewJob(db, viewer, jobId))!;
    expect(view).toMatchObject({ isSeeker: true, isOwner: false, application: null });
    expect(view.outcomes?.map((outcome) => [outcome.code, outcome.met])).toEqual([
      [PYTHON, 'verified'],
      [MENTOR, 'missing'],
      [SQL, 'missing'],
    ]);
    const routeNames = (code: string) => view.routes.get(view.requirements.find((row) => row.code === code)!.id)?.map((achievement) => achievement.name);
    expect(routeNames(PYTHON)).toBeUndefined();
    expect(routeNames(MENTOR)).toEqual(['Mentor']);
    // Other tests' badges may cover SQL too: this holder's must be among them.
    expect(routeNames(SQL)).toContain(SQL_BADGE);

    await applyToJob(db, viewer, { jobId });
    expect((await viewJob(db, viewer, jobId))?.application).toMatchObject({ jobId, stage: 'new' });
  });

  it('shows anyone else the role without outcomes or routes, and its organisation that it is theirs', async () => {
    expect(await viewJob(db, null, jobId)).toMatchObject({ isSeeker: false, isOwner: false, outcomes: null, application: null, routes: new Map() });
    expect(await viewJob(db, employer, jobId)).toMatchObject({ isSeeker: false, isOwner: true });
  });

  it('answers null for a draft seen by an outsider, an unknown id and a malformed one', async () => {
    const { id: draft } = await saveJob(db, employer, { ...base, title: `Draft ${uniqueWord()}`, requirements: [] });
    const outsider = await asViewer((await createSeeker(db)).userId);
    expect(await viewJob(db, outsider, draft)).toBeNull();
    expect(await viewJob(db, outsider, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await viewJob(db, outsider, 'not-a-role')).toBeNull();
  });

  it('leaves out a route that cannot be worked out, and logs it, rather than failing the page', async () => {
    const view = (await viewJob(db, employer, jobId))!;
    const broken = await openDatabase(process.env.DATABASE_URL!, { max: 1 });
    await broken.close();
    const logged: unknown[] = [];
    const outcomes = view.requirements.map((row) => ({
      requirementId: row.id,
      kind: row.kind,
      code: row.code,
      label: row.label,
      importance: row.importance,
      met: 'missing' as const,
      badge: null,
    }));
    const routes = await routesToWork(broken.db, view.requirements, outcomes, false, { error: (...args: unknown[]) => void logged.push(args[0]) });
    expect(routes.size).toBe(0);
    expect(logged).toEqual(['[jobs] route to work failed', '[jobs] route to work failed', '[jobs] route to work failed']);
  });
});

describe('listOrgJobs', () => {
  it("counts each role's applicants in one list, zero included, and only the organisation's own roles", async () => {
    const org = await asViewer((await createEmployerViewer(db)).id);
    const busy = await saveJob(db, org, { ...base, title: `Busy ${uniqueWord()}`, requirements: [] });
    const quiet = await saveJob(db, org, { ...base, title: `Quiet ${uniqueWord()}`, requirements: [] });
    await setJobStatus(db, org, busy.id, 'published');
    for (const seeker of [await createSeeker(db), await createSeeker(db)]) await applyToJob(db, await asViewer(seeker.userId), { jobId: busy.id });
    await applyToJob(db, await asViewer((await createSeeker(db)).userId), { jobId });
    const counts = new Map((await listOrgJobs(db, org)).map((job) => [job.id, job.applicants]));
    expect(counts).toEqual(
      new Map([
        [busy.id, 2],
        [quiet.id, 0],
      ]),
    );
  });
});
