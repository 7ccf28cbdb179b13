import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { applications, cvs, jobRequirements, jobs, organisations, users } from '@/server/db/schema';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { notifyOrgMembers, notifyUsers } from '@/server/notifications/notify';
import { sendMail } from '@/server/notifications/outgoing-mail';
import { outcomesFor } from './match-jobs';
import { assertMemberOf } from './policies';
import { withResolvedLabels } from './requirement-labels';
import { loadSeekerCodes } from './seeker-codes';

export const applySchema = z.object({ jobId: z.uuid(), coverNote: z.string().trim().max(4000, 'Keep the note to 4,000 characters.').optional() });
export const stageSchema = z.object({ applicationId: z.uuid(), stage: z.enum(['new', 'reviewing', 'interview', 'offer', 'rejected']) });
export const withdrawSchema = z.object({ applicationId: z.uuid() });
const stageWords = { new: 'New', reviewing: 'Reviewing', interview: 'Interview', offer: 'Offer', rejected: 'Not progressing' } as const;

/**
 * A seeker applies with their CV: the application records which requirements were met, and by which
 * verified badge, at this moment. Applying shares the seeker's contact details with that employer.
 */
export async function applyToJob(db: Database, viewer: Viewer, input: z.infer<typeof applySchema>): Promise<{ id: string }> {
  if (!viewer.cvId) throw new AppError('auth:forbidden', 'Only job seekers can apply.');
  const [job] = await db.select().from(jobs).where(eq(jobs.id, input.jobId));
  if (!job || job.status !== 'published') throw new AppError('not_found', 'This role is not open for applications.');
  if (job.closingDate && String(job.closingDate) < new Date().toISOString().slice(0, 10))
    throw new AppError('conflict', 'Applications for this role closed on ' + String(job.closingDate) + '.');
  const requirements = await db.select().from(jobRequirements).where(eq(jobRequirements.jobId, job.id)).orderBy(asc(jobRequirements.position));
  // Counted at the level the role asks for: known issuers only unless it accepts unknown ones (this ranks applicants).
  const snapshot = outcomesFor(await withResolvedLabels(db, requirements), await loadSeekerCodes(db, viewer.id), {
    acceptUnknownIssuers: job.acceptUnknownIssuers,
  });
  const required = snapshot.filter((outcome) => outcome.importance === 'required');
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(applications)
        .values({
          jobId: job.id,
          cvId: viewer.cvId!,
          userId: viewer.id,
          coverNote: input.coverNote || null,
          snapshot,
          requiredMet: required.filter((o) => o.met !== 'missing').length,
          requiredVerified: required.filter((o) => o.met === 'verified').length,
          preferredMet: snapshot.filter((o) => o.importance === 'preferred' && o.met === 'verified').length,
        })
        .returning({ id: applications.id });
      await notifyOrgMembers(tx, job.orgId, {
        kind: 'new_applicant',
        title: `New applicant for ${job.title}`,
        body: `${viewer.name} applied.`,
        link: `/employer/jobs/${job.id}/applicants`,
      });
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, job.orgId));
      await sendMail(tx, {
        userId: viewer.id,
        to: viewer.email,
        subject: `Your application for ${job.title}`,
        body:
          `Hello ${viewer.name},\n\n` +
          `Your application for ${job.title} at ${org?.name ?? 'the employer'} is sent. They see your CV, the verified badges you held when you applied, and your contact details.\n\n` +
          `Follow it at ${siteUrl('/applications')}. You can withdraw it there at any time.`,
      });
      return row!;
    });
  } catch (error) {
    if ((error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new AppError('conflict', 'You have already applied for this role.');
    }
    throw error;
  }
}

/**
 * A role's applicants, ranked: verified requirements met (at the level the role counts when they applied: known issuers
 * unless it accepts unknown ones), then any met, then preferred, then earliest.
 */
export async function listApplicants(db: Database, viewer: Viewer, jobId: string) {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw new AppError('not_found', 'This role does not exist.');
  assertMemberOf(viewer, job.orgId);
  const rows = await db
    .select({ application: applications, name: users.name, email: users.email, headline: cvs.headline, location: cvs.location })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.userId))
    .innerJoin(cvs, eq(cvs.id, applications.cvId))
    .where(eq(applications.jobId, jobId))
    .orderBy(desc(applications.requiredVerified), desc(applications.requiredMet), desc(applications.preferredMet), asc(applications.createdAt));
  // Snapshots keep what was met; the words for each requirement are resolved now, like everywhere else.
  const current = await withResolvedLabels(db, await db.select().from(jobRequirements).where(eq(jobRequirements.jobId, jobId)));
  const labels = new Map(current.map((requirement) => [`${requirement.kind}:${requirement.code}`, requirement.label]));
  const applicants = rows.map((row) => ({
    ...row,
    application: {
      ...row.application,
      snapshot: row.application.snapshot.map((outcome) => ({ ...outcome, label: labels.get(`${outcome.kind}:${outcome.code}`) ?? outcome.label })),
    },
  }));
  return { job, applicants };
}

/** Moves an application through the stages; the seeker is told. */
export async function moveApplication(db: Database, viewer: Viewer, input: z.infer<typeof stageSchema>): Promise<void> {
  const [row] = await db
    .select({ application: applications, job: jobs })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.id, input.applicationId));
  if (!row) throw new AppError('not_found', 'This application does not exist.');
  assertMemberOf(viewer, row.job.orgId);
  await db.transaction(async (tx) => {
    await tx
      .update(applications)
      .set({ stage: input.stage, updatedAt: sql`now()` })
      .where(eq(applications.id, input.applicationId));
    await notifyUsers(tx, [row.application.userId], { kind: 'stage_changed', title: `${row.job.title}: ${stageWords[input.stage]}`, link: '/applications' });
    // The stage a seeker would want to hear about by mail, not just in the bell (moving back to New says nothing).
    if (input.stage !== 'new' && input.stage !== row.application.stage) {
      const [seeker] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.application.userId));
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.job.orgId));
      if (seeker)
        await sendMail(tx, {
          userId: row.application.userId,
          to: seeker.email,
          subject: `${row.job.title}: ${stageMail[input.stage].subject}`,
          body: `Hello ${seeker.name},\n\n${stageMail[input.stage].body(row.job.title, org?.name ?? 'The employer')}\n\nSee your applications: ${siteUrl('/applications')}`,
        });
    }
  });
}

/** What each stage change says to the seeker by mail. */
const stageMail: Record<Exclude<z.infer<typeof stageSchema>['stage'], 'new'>, { subject: string; body: (title: string, org: string) => string }> = {
  reviewing: { subject: 'your application is being reviewed', body: (title, org) => `${org} is reviewing your application for ${title}.` },
  interview: {
    subject: 'you are invited to interview',
    body: (title, org) => `${org} would like to interview you for ${title}. They will contact you at this address to arrange it.`,
  },
  offer: { subject: 'an offer', body: (title, org) => `${org} wants to make you an offer for ${title}. They will contact you with the details.` },
  rejected: {
    subject: 'not progressing',
    body: (title, org) => `${org} is not taking your application for ${title} further. Your badges stay on your CV for the next role.`,
  },
};

/** Links in mail: the configured public URL (required in production), else the local default. */
const siteUrl = (path: string) => `${(env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '')}${path}`;

/**
 * The seeker takes an application back: it is deleted (the employer no longer has it, nor the contact details it
 * shared) and the organisation is told. Only the seeker's own application; anyone else's is "not found".
 */
export async function withdrawApplication(db: Database, viewer: Viewer, input: z.infer<typeof withdrawSchema>): Promise<{ jobId: string }> {
  const [row] = await db
    .select({ application: applications, job: jobs })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.id, input.applicationId), eq(applications.userId, viewer.id)));
  if (!row) throw new AppError('not_found', 'This application is not among yours (it may be withdrawn already).');
  await db.transaction(async (tx) => {
    await tx.delete(applications).where(eq(applications.id, row.application.id));
    await notifyOrgMembers(tx, row.job.orgId, {
      kind: 'new_applicant',
      title: `Application withdrawn: ${row.job.title}`,
      body: `${viewer.name} withdrew their application.`,
      link: `/employer/jobs/${row.job.id}/applicants`,
    });
  });
  return { jobId: row.job.id };
}

/** The seeker's own applications (never anyone else's). */
export async function myApplications(db: Database, viewer: Viewer) {
  return db
    .select({
      id: applications.id,
      stage: applications.stage,
      createdAt: applications.createdAt,
      requiredMet: applications.requiredMet,
      jobId: jobs.id,
      title: jobs.title,
      location: jobs.location,
      jobStatus: jobs.status,
      organisation: organisations.name,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(organisations, eq(organisations.id, jobs.orgId))
    .where(eq(applications.userId, viewer.id))
    .orderBy(desc(applications.createdAt));
}

/** The seeker's own application to one role, if they applied. */
export async function myApplicationFor(db: Database, viewer: Viewer, jobId: string) {
  const [row] = await db
    .select({
      id: applications.id,
      stage: applications.stage,
      createdAt: applications.createdAt,
      requiredMet: applications.requiredMet,
      jobId: applications.jobId,
    })
    .from(applications)
    .where(and(eq(applications.userId, viewer.id), eq(applications.jobId, jobId)))
    .limit(1);
  return row ?? null;
}

/** Contact details are shown to an employer only when the candidate applied to one of its roles. */
export async function mayContact(db: Database, viewer: Viewer, cvId: string): Promise<boolean> {
  if (viewer.orgs.length === 0) return false;
  const orgIds = viewer.orgs.map((org) => org.id);
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.cvId, cvId), inArray(jobs.orgId, orgIds)))
    .limit(1);
  return Boolean(row);
}
