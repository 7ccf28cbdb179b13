// Integration: real PostgreSQL (with ESCO) and Elasticsearch. Matching, the route to work, applying, authorization.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { achievementKey } from '@/lib/achievement-key';
import { badges, notifications } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { findConcept } from '@/server/taxonomy/concepts';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from '@/server/search/indices/registry';
import { listOutgoingMail } from '@/server/notifications/outgoing-mail';
import { loadJobDocuments } from './job-document';
import { applyToJob, listApplicants, moveApplication, myApplications, withdrawApplication } from './applications';
import { almostThere, rolesIQualifyFor } from './match-jobs';
import { notifyMatchingSeekers } from './notify-matching-seekers';
import { saveJob, setJobStatus } from './save-job';
import { loadSeekerCodes } from './seeker-codes';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const SQL = 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742';
const LEADER = `https://lead.example/team-leader/${Date.now()}`;
const LEAD_ISSUER = 'did:web:lead.example';
const LEADER_KEY = achievementKey(LEAD_ISSUER, LEADER);
/** The real Team Leader badge, from Lead Academy (a known issuer). */
const teamLeader = { name: 'Team Leader', achievementId: LEADER, issuerId: LEAD_ISSUER, issuerName: 'Lead Academy' };
/** A self-signed copy: Lead Academy's achievement id and name under a fresh did:key. */
const impostor = { name: 'Team Leader', achievementId: LEADER, issuerId: 'did:key:z6MkImpostorOfLeadAcademy', issuerName: 'Lead Academy', issuerKnown: false };
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
const base = {
  description: 'Work with data for public services in Scotland.',
  location: 'Glasgow',
  workplace: 'hybrid' as const,
  contractType: 'permanent' as const,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year' as const,
};

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
      { kind: 'achievement', code: LEADER_KEY, importance: 'required' },
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
    await insertBadge(db, seeker, teamLeader);
    await refresh();
    const qualify = await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId));
    const job = qualify.find((entry) => entry.job_id === jobId);
    expect(job?.outcomes.map((o) => [o.importance, o.met])).toEqual([
      ['required', 'verified'],
      ['required', 'verified'],
      ['preferred', 'missing'],
    ]);
    expect(job?.outcomes[0]?.badge?.name).toBe('Python Foundations');
  });

  it('puts the role under "almost" with the missing code named, and the achievements that would cover it', async () => {
    const holder = await createSeeker(db);
    await insertBadge(db, holder, teamLeader);
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await refresh();
    const codes = await loadSeekerCodes(db, seeker.userId);
    expect((await rolesIQualifyFor(db, search, codes)).map((j) => j.job_id)).not.toContain(jobId);
    const almost = (await almostThere(db, search, codes)).find((entry) => entry.job_id === jobId);
    expect(almost).toMatchObject({ requiredCount: 2, requiredHeld: 1, share: 0.5 });
    expect(almost?.routes.map((route) => route.requirement.code)).toEqual([LEADER]);
    expect(almost?.routes[0]?.achievements).toEqual([
      expect.objectContaining({ key: LEADER_KEY, id: LEADER, name: 'Team Leader', issuerName: 'Lead Academy', issuerKnown: true }),
    ]);
  });

  it('stops counting a badge once it is revoked', async () => {
    const seeker = await createSeeker(db);
    const python = await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, seeker, teamLeader);
    await refresh();
    expect((await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId))).map((j) => j.job_id)).toContain(jobId);
    await db.update(badges).set({ state: 'revoked' }).where(eq(badges.id, python));
    expect((await rolesIQualifyFor(db, search, await loadSeekerCodes(db, seeker.userId))).map((j) => j.job_id)).not.toContain(jobId);
  });

  it('ranks by preferred requirements without gating on them', async () => {
    const other = await saveJob(db, employer, {
      ...base,
      title: `Analyst B ${uniqueWord()}`,
      requirements: [
        { kind: 'skill', code: 'S5', importance: 'required' },
        { kind: 'skill', code: SQL, importance: 'preferred' },
      ],
    });
    await setJobStatus(db, employer, other.id, 'published');
    const plain = await saveJob(db, employer, {
      ...base,
      title: `Analyst C ${uniqueWord()}`,
      requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }],
    });
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
    await expect(
      saveJob(db, employer, { ...base, title: 'Broken role', requirements: [{ kind: 'skill', code: 'NOT-A-CODE', importance: 'required' }] }),
    ).rejects.toMatchObject({ code: 'input:invalid' });
    expect(await findConcept(db, 'NOT-A-CODE')).toBeNull();
  });
});

describe('impersonation and the two levels of verified', () => {
  it('never lets a self-signed copy of an achievement meet the real one, verified or failed', async () => {
    for (const state of ['failed', 'verified'] as const) {
      const seeker = await createSeeker(db);
      await insertBadge(db, seeker, { name: 'Python Foundations', skills: [PYTHON] });
      await insertBadge(db, seeker, { ...impostor, state });
      await refresh();
      const codes = await loadSeekerCodes(db, seeker.userId);
      expect((await rolesIQualifyFor(db, search, codes)).map((j) => j.job_id)).not.toContain(jobId);
      const almost = (await almostThere(db, search, codes)).find((entry) => entry.job_id === jobId);
      expect(almost?.outcomes.map((o) => [o.kind, o.met])).toEqual([
        ['skill', 'verified'],
        ['achievement', 'missing'],
        ['skill', 'missing'],
      ]);
    }
  });

  it('tells the real holder about a new role, and neither impostor nor a seeker with only an unknown issuer’s badge', async () => {
    const real = await createSeeker(db);
    await insertBadge(db, real, teamLeader);
    const failedCopy = await createSeeker(db);
    await insertBadge(db, failedCopy, { ...impostor, state: 'failed' });
    const verifiedCopy = await createSeeker(db);
    await insertBadge(db, verifiedCopy, impostor);
    await refresh();
    const { id } = await saveJob(db, employer, {
      ...base,
      title: `Team lead ${uniqueWord()}`,
      requirements: [{ kind: 'achievement', code: LEADER_KEY, importance: 'required' }],
    });
    await setJobStatus(db, employer, id, 'published');
    await notifyMatchingSeekers(db, search, id);
    const told = async (userId: string) =>
      (await db.select().from(notifications).where(eq(notifications.userId, userId))).filter((n) => n.link === `/jobs/${id}`).length;
    expect([await told(real.userId), await told(failedCopy.userId), await told(verifiedCopy.userId)]).toEqual([1, 0, 0]);
  });

  it('counts verified badges of unknown issuers only for roles that accept them', async () => {
    const strict = await saveJob(db, employer, {
      ...base,
      title: `Strict ${uniqueWord()}`,
      requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }],
    });
    const open = await saveJob(db, employer, {
      ...base,
      title: `Open ${uniqueWord()}`,
      acceptUnknownIssuers: true,
      requirements: [{ kind: 'skill', code: 'S5', importance: 'required' }],
    });
    await setJobStatus(db, employer, strict.id, 'published');
    await setJobStatus(db, employer, open.id, 'published');
    const seeker = await createSeeker(db);
    await insertBadge(db, seeker, {
      name: 'Python for Beginners',
      skills: [PYTHON],
      issuerId: 'did:key:z6MkHonestButUnknown',
      issuerName: 'Honest Training Co',
      issuerKnown: false,
    });
    await refresh();
    const codes = await loadSeekerCodes(db, seeker.userId);
    const ids = (await rolesIQualifyFor(db, search, codes)).map((j) => j.job_id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(strict.id);
    const outcome = (await rolesIQualifyFor(db, search, codes)).find((j) => j.job_id === open.id)!.outcomes[0]!;
    expect(outcome).toMatchObject({ met: 'verified', badge: { issuerKnown: false, issuerName: 'Honest Training Co' } });
    // Applicants to the strict role are ranked on known issuers only.
    await applyToJob(db, await asViewer(seeker.userId), { jobId: strict.id });
    const { applicants } = await listApplicants(db, employer, strict.id);
    expect(applicants[0]!.application).toMatchObject({ requiredVerified: 0 });
  });
});

describe('the skills a role asks for', () => {
  it('include those its required badges teach, as verified badges of that achievement align them', async () => {
    const achievement = `https://lead.example/python/${Date.now()}`;
    const holder = await createSeeker(db);
    await insertBadge(db, holder, { name: 'Python at Lead', achievementId: achievement, issuerId: LEAD_ISSUER, issuerName: 'Lead Academy', skills: [PYTHON] });
    // A failed badge of the same pair lends the achievement nothing.
    await insertBadge(db, await createSeeker(db), {
      name: 'Python at Lead',
      achievementId: achievement,
      issuerId: LEAD_ISSUER,
      skills: [SQL],
      state: 'failed',
    });
    const { id } = await saveJob(db, employer, {
      ...base,
      title: `Python role ${uniqueWord()}`,
      requirements: [{ kind: 'achievement', code: achievementKey(LEAD_ISSUER, achievement), importance: 'required' }],
    });
    await setJobStatus(db, employer, id, 'published');
    const state = (await loadJobDocuments(db, [id])).get(id)!;
    expect(state.kind).toBe('index');
    const codes = state.kind === 'index' ? state.doc.skill_codes : [];
    expect(codes).toContain(PYTHON);
    expect(codes).not.toContain(SQL);
  });
});

describe('applying and reviewing', () => {
  it('snapshots the requirements met, ranks applicants with verified badges first, and keeps other organisations out', async () => {
    const strong = await createSeeker(db, 'Strong Applicant');
    await insertBadge(db, strong, { name: 'Python Foundations', skills: [PYTHON] });
    await insertBadge(db, strong, teamLeader);
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
    expect(mine[0]!.organisation).toBeTruthy();

    // Mail: a confirmation on applying, and one for the interview invitation.
    const subjects = (await listOutgoingMail(db, { userId: strong.userId })).map((mail) => mail.subject);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^Your application for /), expect.stringMatching(/you are invited to interview$/)]));
    expect((await listOutgoingMail(db, { userId: weak.userId })).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Your application for /)]);
  });

  it('lets the seeker withdraw their own application (gone for the employer, who is told), and nobody else’s', async () => {
    const seeker = await createSeeker(db, 'Withdrawing Applicant');
    const viewer = await asViewer(seeker.userId);
    const { id } = await applyToJob(db, viewer, { jobId });
    const other = await asViewer((await createSeeker(db)).userId);
    await expect(withdrawApplication(db, other, { applicationId: id })).rejects.toMatchObject({ code: 'not_found' });
    await withdrawApplication(db, viewer, { applicationId: id });
    expect(await myApplications(db, viewer)).toEqual([]);
    const { applicants } = await listApplicants(db, employer, jobId);
    expect(applicants.map((a) => a.name)).not.toContain('Withdrawing Applicant');
    await expect(withdrawApplication(db, viewer, { applicationId: id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
