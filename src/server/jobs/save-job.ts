import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { jobRequirements, jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { enqueueSearchSync } from '@/server/search/sync/outbox';
import { findConcept } from '@/server/taxonomy/concepts';
import { findKnownAchievement } from '@/server/badges/known-achievements';
import { parseAchievementKey } from '@/lib/achievement-key';
import { assertMemberOf } from './policies';
import type { JobInput } from './schemas';

export type JobStatus = (typeof jobs.$inferSelect)['status'];

/**
 * Resolves each requirement to a taxonomy key, or an achievement's (issuer id, achievement id) pair; unknown skills
 * and achievements that name no issuer are refused. The stored label is history only (pages resolve labels when shown);
 * it is taken from the taxonomy or verified badges, never from a failed one.
 */
async function resolveRequirements(db: Database, input: JobInput) {
  const resolved = [];
  for (const [position, requirement] of input.requirements.entries()) {
    if (requirement.kind === 'skill') {
      const concept = await findConcept(db, requirement.code);
      if (!concept)
        throw new AppError('input:invalid', `No skill has the code "${requirement.code}". Pick one from the list.`, {
          fields: { [`requirements.${position}.code`]: ['Unknown skill.'] },
        });
      resolved.push({
        ...requirement,
        code: concept.key,
        issuerId: null,
        key: `skill:${concept.key}`,
        label: concept.notation ? `${concept.notation} ${concept.label ?? ''}`.trim() : (concept.label ?? concept.key),
        position,
      });
    } else {
      const pair = parseAchievementKey(requirement.code);
      if (!pair)
        throw new AppError('input:invalid', 'A badge requirement names its issuer as well as the achievement. Pick the badge from the list.', {
          fields: { [`requirements.${position}.code`]: ['Pick the badge from the list.'] },
        });
      const known = await findKnownAchievement(db, pair.issuerId, pair.achievementId);
      resolved.push({
        ...requirement,
        code: pair.achievementId,
        issuerId: pair.issuerId,
        key: `achievement:${requirement.code}`,
        label: known ? `${known.name} (${known.issuerName})` : pair.achievementId,
        position,
      });
    }
  }
  const seen = new Set<string>();
  for (const requirement of resolved) {
    if (seen.has(requirement.key)) throw new AppError('input:invalid', `“${requirement.label}” is listed twice. Keep one.`);
    seen.add(requirement.key);
  }
  return resolved;
}

/** Creates (no id) or updates a role of the viewer's organisation, requirements included, in one transaction. */
export async function saveJob(db: Database, viewer: Viewer, input: JobInput, jobId?: string): Promise<{ id: string }> {
  const requirements = await resolveRequirements(db, input);
  const values = {
    title: input.title,
    description: input.description,
    location: input.location,
    workplace: input.workplace,
    contractType: input.contractType,
    salaryMin: input.salaryMin ?? null,
    salaryMax: input.salaryMax ?? null,
    salaryCurrency: input.salaryCurrency,
    salaryPeriod: input.salaryPeriod,
    closingDate: input.closingDate ?? null,
    acceptUnknownIssuers: input.acceptUnknownIssuers ?? false,
  };
  return db.transaction(async (tx) => {
    let id = jobId;
    if (id) {
      const [existing] = await tx.select({ orgId: jobs.orgId }).from(jobs).where(eq(jobs.id, id));
      if (!existing) throw new AppError('not_found', 'This role does not exist.');
      assertMemberOf(viewer, existing.orgId);
      await tx
        .update(jobs)
        .set({ ...values, searchVersion: sql`${jobs.searchVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(jobs.id, id));
      await tx.delete(jobRequirements).where(eq(jobRequirements.jobId, id));
    } else {
      const org = viewer.orgs[0];
      if (!org) throw new AppError('auth:forbidden', 'Only members of an employer organisation can post roles.');
      [{ id }] = (await tx
        .insert(jobs)
        .values({ ...values, orgId: org.id, createdBy: viewer.id })
        .returning({ id: jobs.id })) as [{ id: string }];
    }
    if (requirements.length)
      await tx.insert(jobRequirements).values(
        requirements.map((r) => ({
          jobId: id!,
          kind: r.kind,
          code: r.code,
          issuerId: r.issuerId,
          label: r.label,
          importance: r.importance,
          minLevel: r.minLevel ?? null,
          position: r.position,
        })),
      );
    await enqueueSearchSync(tx, 'job', [id!]);
    return { id: id! };
  });
}

/**
 * Publishes, closes or returns a role to draft. Publishing stamps the posting date once. Answers the status before the
 * change, read under the row lock, so of two concurrent publishes exactly one sees the role unpublished.
 */
export async function setJobStatus(db: Database, viewer: Viewer, jobId: string, status: JobStatus): Promise<{ previous: JobStatus }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ orgId: jobs.orgId, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)).for('update');
    if (!existing) throw new AppError('not_found', 'This role does not exist.');
    assertMemberOf(viewer, existing.orgId);
    await tx
      .update(jobs)
      .set({
        status,
        publishedAt: status === 'published' ? sql`coalesce(${jobs.publishedAt}, now())` : undefined,
        searchVersion: sql`${jobs.searchVersion} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(jobs.id, jobId));
    await enqueueSearchSync(tx, 'job', [jobId]);
    return { previous: existing.status };
  });
}
