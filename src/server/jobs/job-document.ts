import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import type { SyncState } from '@/server/cv/candidate-document';
import type { Database, Tx } from '@/server/db/client';
import { achievementSkillKeys } from '@/server/badges/known-achievements';
import { jobRequirements, jobs, organisations } from '@/server/db/schema';
import type { JobDocument } from '@/server/search/indices/jobs';
import { expandConceptCodes } from '@/server/taxonomy/concepts';

/** Prefixed code used in the jobs index and in a seeker's code set; an achievement's `code` is its key (issuer id and achievement id). */
export const requirementCode = (kind: 'skill' | 'achievement', code: string) => `${kind}:${code}`;

/**
 * The prefixed code of a stored requirement. An achievement row without an issuer (an old role whose issuer could not
 * be told) keeps its bare id, which no seeker's code ever equals: it is met by nobody rather than by a look-alike.
 */
export function rowRequirementCode(row: Pick<typeof jobRequirements.$inferSelect, 'kind' | 'code' | 'issuerId'>): string {
  if (row.kind === 'achievement' && row.issuerId) return requirementCode('achievement', achievementKey(row.issuerId, row.code));
  return requirementCode(row.kind, row.code);
}

/** Builds job documents from the current rows; drafts, closed roles and vanished rows become deletions. */
export async function loadJobDocuments(db: Database | Tx, jobIds: string[]): Promise<Map<string, SyncState<JobDocument>>> {
  const states = new Map<string, SyncState<JobDocument>>(jobIds.map((id) => [id, { kind: 'delete', version: null }]));
  if (jobIds.length === 0) return states;
  const rows = await db
    .select({ job: jobs, employer: organisations.name })
    .from(jobs)
    .innerJoin(organisations, eq(organisations.id, jobs.orgId))
    .where(inArray(jobs.id, jobIds));
  const requirements = await db.select().from(jobRequirements).where(inArray(jobRequirements.jobId, jobIds)).orderBy(asc(jobRequirements.position));
  for (const { job, employer } of rows) {
    if (job.status !== 'published') {
      states.set(job.id, { kind: 'delete', version: job.searchVersion });
      continue;
    }
    const own = requirements.filter((requirement) => requirement.jobId === job.id);
    const required = own.filter((requirement) => requirement.importance === 'required').map(rowRequirementCode);
    // The skills the role asks for: named ones, and those the badges it asks for teach (for the skills pages' counts).
    const badgeSkills = await achievementSkillKeys(
      db,
      own.filter((r) => r.kind === 'achievement' && r.issuerId).map((r) => ({ issuerId: r.issuerId!, achievementId: r.code })),
    );
    const skillKeys = [...new Set([...own.filter((requirement) => requirement.kind === 'skill').map((requirement) => requirement.code), ...badgeSkills])];
    states.set(job.id, {
      kind: 'index',
      version: job.searchVersion,
      doc: {
        job_id: job.id,
        org_id: job.orgId,
        employer_name: employer,
        title: job.title,
        description: job.description,
        location: job.location,
        workplace: job.workplace,
        contract_type: job.contractType,
        salary_min: job.salaryMin,
        salary_max: job.salaryMax,
        salary_currency: job.salaryCurrency,
        salary_period: job.salaryPeriod,
        posted_at: new Date(job.publishedAt ?? job.createdAt).toISOString(),
        closing_date: job.closingDate ? String(job.closingDate) : null,
        required_codes: [...new Set(required)],
        required_count: new Set(required).size,
        preferred_codes: [...new Set(own.filter((r) => r.importance === 'preferred').map(rowRequirementCode))],
        skill_codes: skillKeys.length ? await expandConceptCodes(db, skillKeys) : [],
        accept_unknown_issuers: job.acceptUnknownIssuers,
      },
    });
  }
  return states;
}
