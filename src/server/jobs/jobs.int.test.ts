// Integration: real PostgreSQL (with ESCO) and Elasticsearch. Matching, the route to work, applying, authorization.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { findConcept } from '@/server/taxonomy/concepts';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from '@/server/search/indices/registry';
import { applyToJob, listApplicants, moveApplication, myApplications } from './applications';
import { almostThere, rolesIQualifyFor } from './match-jobs';
import { saveJob, setJobStatus } from './save-job';
import { loadSeekerCodes } from './seeker-codes';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const LEADER = `https://lead.example/team-leader/${Date.now()}`;
let db: Database;
let close: () => Promise<void>;
const search = testSearch();
let employer: Viewer;
let rival: Viewer;
let jobId: string;

const asViewer = async (userId: string) => (await loadViewer(userId))!;
async function refresh() {
  await drainAll(db, search);
  await search.client.indices.refresh({ index: [aliasFor(search.prefix, 'jobs'), aliasFor(search.prefix, 'candidates')] });
}
const base = { description: 'Work with data for public services in Scotland.', location: 'Glasgow', workplace: 'hybrid' as const, contractType: 'permanent' as const, salaryCurrency: 'GBP', salaryPeriod: 'year' as const };

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = await asViewer((await createEmployerViewer(db)).id);
  rival = await asViewer((await createEmployerViewer(db)).id);
  const word = uniqueWord();
  ({ id: jobId } = await saveJob(db, employer, {
    ...base,
    title: `Data Analyst ${word}`,
    requirements: [
      { kind: 'skill', code: 'S5', importance: 'required' },
      { kind: 'achievement', code: LEADER, importance: 'required' },
      { kind: 'skill', code: SQL, importance: 'preferred' },
    ],
  }));
  await setJobStatus(db, employer, jobId, 'published');
});
afterAll(async () => close());

describe('roles I qualify for, and almost there', () => {
  it('lists the role under "qualify" for a seeker whose verified badges cover the skill group and the specific badge', async () => {
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, seeker, { name: 'Team Leader', achievementId: LEADER });
    await refresh();
    const qualify = await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId));
    const job = qualify.find((entry) => entry.job_id === jobId);
    expect(job?.outcomes.map((o) => [o.importance, o.met])).toEqual([['required', 'verified'], ['required', 'verified'], ['preferred', 'missing']]);
    expect(job?.outcomes[0]?.badge?.name).toBe('Python Foundations');
  });

  it('puts the role under "almost" with the missing code named, and the achievements that would cover it', async () => {
    const holder = await createSeeker(db);
    await insertBadge(db, holder, { name: 'Team Leader', achievementId: LEADER, issuerName: 'Lead Academy' });
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await refresh();
    const codes = await loadSeekerCodes(db, seeker.userId);
    expect((await rolesIQualifyFor(db, search, codes)).map((j) => j.job_id)).not.toContain(jobId);
    const almost = (await almostThere(db, search, codes)).find((entry) => entry.job_id === jobId);
    expect(almost).toMatchObject({ requiredCount: 2, requiredHeld: 1, share: 0.5 });
    expect(almost?.routes.map((route) => route.requirement.code)).toEqual([LEADER]);
    expect(almost?.routes[0]?.achievements[0]).toMatchObject({ id: LEADER, name: 'Team Leader', issuerName: 'Lead Academy' });
  });

  it('stops counting a badge once it is revoked', async () => {
    const seeker = await createSeeker(db);
    const python = await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, seeker, { name: 'Team Leader', achievementId: LEADER });
    await refresh();
    expect((await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId))).map((j) => j.job_id)).toContain(jobId);
    await db.update(badges).set({ state: 'revoked' }).where(eq(badges.id, python));
    expect((await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId))).map((j) => j.job_id)).not.toContain(jobId);
  });

  it('ranks by preferred requirements without gating on them', async () => {
    const other = await saveJob(db, employer, { ...base, title: `Analyst B ${uniqueWord()}`, requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }, { kind: 'skill', code: SQL, importance: 'preferred' }] });
    await setJobStatus(db, employer, other.id, 'published');
    const plain = await saveJob(db, employer, { ...base, title: `Analyst C ${uniqueWord()}`, requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }] });
    await setJobStatus(db, employer, plain.id, 'published');
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, seeker, { name: 'SQL for Analysts', skills: [SQL] });
    await refresh();
    const ids = (await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId))).map((j) => j.job_id);
    expect(ids).toEqual(expect.arrayContaining([other.id, plain.id]));
    expect(ids.indexOf(other.id)).toBeLessThan(ids.indexOf(plain.id));
  });

  it('refuses a requirement code the taxonomy does not know', async () => {
    await expect(saveJob(db, employer, { ...base, title: 'Broken role', requirements: [{ kind: 'skill', code: 'NOT-A-CODE', importance: 'required' }] })).rejects.toMatchObject({ code: 'input:invalid' });
    expect(await findConcept(db, 'NOT-A-CODE')).toBeNull();
  });
});

describe('applying and reviewing', () => {
  it('snapshots the requirements met, ranks applicants with verified badges first, and keeps other organisations out', async () => {
    const strong = await createSeeker(db, 'Strong Applicant');
    await insertBadge(db, strong, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, strong, { name: 'Team Leader', achievementId: LEADER });
    const weak = await createSeeker(db, 'Weak Applicant');
    await applyToJob(db, await asViewer(weak.userId), { jobId });
    await applyToJob(db, await asViewer(strong.userId), { jobId, coverNote: 'Keen!' });
    await expect(applyToJob(db, await asViewer(strong.userId), { jobId })).rejects.toMatchObject({ code: 'conflict' });

    const { applicants } = await listApplicants(db, employer, jobId);
    expect(applicants.map((a) => a.name)).toEqual(['Strong Applicant', 'Weak Applicant']);
    expect(applicants[0]!.application.snapshot.filter((o) => o.met === 'verified').map((o) => o.badge?.name)).toEqual(['Python Foundations', 'Team Leader']);

    await expect(listApplicants(db, rival, jobId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveJob(db, rival, { ...base, title: 'Hijack', requirements: [] }, jobId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(setJobStatus(db, rival, jobId, 'closed')).rejects.toMatchObject({ code: 'not_found' });
    await expect(moveApplication(db, rival, { applicationId: applicants[0]!.application.id, stage: 'offer' })).rejects.toMatchObject({ code: 'not_found' });

    await moveApplication(db, employer, { applicationId: applicants[0]!.application.id, stage: 'interview' });
    const mine = await myApplications(db, await asViewer(strong.userId));
    expect(mine).toEqual([expect.objectContaining({ jobId, stage: 'interview' })]);
    expect((await myApplications(db, await asViewer(weak.userId))).map((a) => a.stage)).toEqual(['new']);
  });
});
