// Integration: real PostgreSQL and Elasticsearch. Deleting the last member of an organisation closes its published
// roles (out of search, applicants told) and removes the organisation, or keeps it closed when applicants rely on it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '@/server/account/personal-data';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { apiKeys, applications, jobs, memberships, notifications, organisations, shortlists } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { applyToJob, myApplications } from '@/server/jobs/applications';
import { saveJob, setJobStatus } from '@/server/jobs/save-job';
import { aliasFor } from '@/server/search/indices/registry';
import { createEmployerViewer, createSeeker, seekerViewer, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { previewLeavingOrganisations } from './leave-organisations';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

const role = (title: string) => ({
  title,
  description: 'Fit and maintain heat pumps.',
  location: 'Inverness',
  workplace: 'on_site' as const,
  contractType: 'permanent' as const,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year' as const,
  requirements: [],
});
async function employer(): Promise<Viewer> {
  return (await loadViewer((await createEmployerViewer(db)).id))!;
}
async function publish(viewer: Viewer, title: string): Promise<string> {
  const { id } = await saveJob(db, viewer, role(title));
  await setJobStatus(db, viewer, id, 'published');
  return id;
}
const indexed = async (jobId: string) => {
  await drainAll(db, search);
  return search.client.exists({ index: aliasFor(search.prefix, 'jobs'), id: jobId });
};
const orgOf = (viewer: Viewer) => viewer.orgs[0]!.id;
/** An organisation of two members (the owner signed up with it; a colleague joined), with one published role. */
async function twoMembers(title: string) {
  const owner = await employer();
  const orgId = orgOf(owner);
  const colleague = await employer();
  await db.insert(memberships).values({ userId: colleague.id, orgId, role: 'member' });
  return { owner, orgId, colleague, published: await publish(owner, `${title} ${uniqueWord()}`) };
}

describe('deleting the last member of an organisation', () => {
  it('closes its published roles, tells the applicants, and keeps the organisation closed for their sake', async () => {
    const owner = await employer();
    const orgId = orgOf(owner);
    const title = `Heat pump engineer ${uniqueWord()}`;
    const published = await publish(owner, title);
    const { id: draft } = await saveJob(db, owner, role(`Draft ${uniqueWord()}`));
    const applicant = await createSeeker(db, 'Ailsa Applicant');
    await applyToJob(db, seekerViewer(applicant), { jobId: published });
    await db.insert(shortlists).values({ orgId, name: 'Engineers', createdBy: owner.id });
    await db.insert(apiKeys).values({ orgId, name: 'Portal', prefix: `bb_${uniqueWord()}`, secretHash: 'x', scopes: ['search'], createdBy: owner.id });
    expect(await indexed(published)).toBe(true);

    expect(await previewLeavingOrganisations(db, owner.id)).toEqual([{ id: orgId, name: owner.orgs[0]!.name, publishedRoles: 1, outcome: 'closed' }]);
    expect(await deleteAccount(db, owner.id)).toEqual({ organisations: [{ id: orgId, name: owner.orgs[0]!.name, publishedRoles: 1, outcome: 'closed' }] });

    expect(await db.select().from(organisations).where(eq(organisations.id, orgId))).toHaveLength(1);
    expect(await db.select().from(memberships).where(eq(memberships.orgId, orgId))).toEqual([]);
    const roles = new Map((await db.select().from(jobs).where(eq(jobs.orgId, orgId))).map((job) => [job.id, job.status]));
    expect(roles).toEqual(
      new Map([
        [published, 'closed'],
        [draft, 'draft'],
      ]),
    );
    expect(await indexed(published)).toBe(false);
    // The applicant keeps the application, sees the role as closed, and was told.
    expect(await db.select().from(applications).where(eq(applications.jobId, published))).toHaveLength(1);
    expect((await myApplications(db, seekerViewer(applicant))).map((row) => [row.jobId, row.jobStatus])).toEqual([[published, 'closed']]);
    const told = await db.select().from(notifications).where(eq(notifications.userId, applicant.userId));
    expect(told).toEqual([
      expect.objectContaining({ title: `${title}: role closed`, link: '/applications', body: expect.stringContaining('takes no more applications') }),
    ]);
    // Nobody is left to manage its keys or read its lists of candidates.
    expect((await db.select().from(apiKeys).where(eq(apiKeys.orgId, orgId))).map((key) => key.revokedAt)).toEqual([expect.any(Date)]);
    expect(await db.select().from(shortlists).where(eq(shortlists.orgId, orgId))).toEqual([]);
  });

  it('removes an organisation nobody applied to, its roles with it, and takes them out of search', async () => {
    const owner = await employer();
    const orgId = orgOf(owner);
    const published = await publish(owner, `Roofer ${uniqueWord()}`);
    expect(await indexed(published)).toBe(true);
    expect(await previewLeavingOrganisations(db, owner.id)).toEqual([expect.objectContaining({ id: orgId, publishedRoles: 1, outcome: 'removed' })]);

    expect((await deleteAccount(db, owner.id)).organisations).toEqual([expect.objectContaining({ id: orgId, outcome: 'removed' })]);
    expect(await db.select().from(organisations).where(eq(organisations.id, orgId))).toEqual([]);
    expect(await db.select().from(jobs).where(eq(jobs.orgId, orgId))).toEqual([]);
    expect(await indexed(published)).toBe(false);
  });

  it('leaves an organisation with other members as it was', async () => {
    const { owner, orgId, colleague, published } = await twoMembers('Plumber');
    expect(await previewLeavingOrganisations(db, owner.id)).toEqual([]);

    expect(await deleteAccount(db, owner.id)).toEqual({ organisations: [] });
    expect((await db.select().from(jobs).where(eq(jobs.id, published)))[0]?.status).toBe('published');
    expect(await db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, orgId))).toEqual([{ userId: colleague.id }]);
  });

  it('does not leave the roles published when the last two members delete their accounts at the same moment', async () => {
    const { owner, orgId, colleague, published } = await twoMembers('Glazier');
    const applicant = await createSeeker(db, 'Bea Applicant');
    await applyToJob(db, seekerViewer(applicant), { jobId: published });

    const outcomes = await Promise.all([deleteAccount(db, owner.id), deleteAccount(db, colleague.id)]);
    // Exactly one of the two was the last member, whichever committed second.
    expect(outcomes.flatMap((outcome) => outcome.organisations.filter((org) => org.id === orgId))).toEqual([
      expect.objectContaining({ outcome: 'closed', publishedRoles: 1 }),
    ]);
    expect((await db.select().from(jobs).where(eq(jobs.id, published)))[0]?.status).toBe('closed');
    expect(await indexed(published)).toBe(false);
  });
});
