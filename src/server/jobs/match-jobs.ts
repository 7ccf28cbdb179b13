import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { estypes } from '@elastic/elasticsearch';
import { achievementsCovering, findKnownAchievement, type KnownAchievement } from '@/server/badges/known-achievements';
import type { Database } from '@/server/db/client';
import { jobRequirements, type RequirementOutcome } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { isConnectionError, type SearchHandle } from '@/server/search/client';
import type { JobDocument } from '@/server/search/indices/jobs';
import { aliasFor } from '@/server/search/indices/registry';
import { almostQualifyingJobsQuery, qualifyingJobsQuery } from '@/server/search/queries/jobs';
import { rowRequirementCode } from './job-document';
import { withResolvedLabels } from './requirement-labels';
import type { SeekerCodes } from './seeker-codes';

export type MatchedJob = Pick<JobDocument, 'job_id' | 'title' | 'employer_name' | 'location' | 'workplace' | 'posted_at'> & {
  requiredCount: number;
  requiredHeld: number;
  share: number;
  outcomes: RequirementOutcome[];
  /** For each missing requirement: the achievements on the platform that would cover it. */
  routes: { requirement: RequirementOutcome; achievements: KnownAchievement[] }[];
};

/**
 * ✓/✗ per requirement for a seeker: met by a verified badge (of a known issuer, unless the role accepts unknown
 * issuers), only claimed on the CV, or missing. Labels are the rows' (resolve them first with `withResolvedLabels`).
 */
export function outcomesFor(
  requirements: (typeof jobRequirements.$inferSelect)[],
  codes: SeekerCodes,
  options: { acceptUnknownIssuers: boolean },
): RequirementOutcome[] {
  const claimed = new Set(codes.claimed);
  return requirements.map((requirement) => {
    const code = rowRequirementCode(requirement);
    const held = codes.backing.get(code);
    const badge = held && (held.issuerKnown || options.acceptUnknownIssuers) ? held : null;
    return {
      requirementId: requirement.id,
      kind: requirement.kind,
      code: requirement.code,
      label: requirement.label,
      importance: requirement.importance,
      met: badge ? 'verified' : claimed.has(code) ? 'claimed' : 'missing',
      badge,
    };
  });
}

/** A requirement's route to work: the achievements that would meet it, at the level the role counts. */
export async function routeToWork(
  db: Database,
  requirement: Pick<typeof jobRequirements.$inferSelect, 'kind' | 'code' | 'issuerId'>,
  acceptUnknownIssuers: boolean,
): Promise<KnownAchievement[]> {
  if (requirement.kind === 'skill') return achievementsCovering(db, requirement.code, { knownOnly: !acceptUnknownIssuers });
  const found = requirement.issuerId ? await findKnownAchievement(db, requirement.issuerId, requirement.code) : null;
  return found && (found.issuerKnown || acceptUnknownIssuers) ? [found] : [];
}

async function requirementsByJob(db: Database, jobIds: string[]) {
  const rows = jobIds.length
    ? await withResolvedLabels(db, await db.select().from(jobRequirements).where(inArray(jobRequirements.jobId, jobIds)).orderBy(asc(jobRequirements.position)))
    : [];
  const map = new Map<string, (typeof jobRequirements.$inferSelect)[]>();
  for (const row of rows) map.set(row.jobId, [...(map.get(row.jobId) ?? []), row]);
  return map;
}

async function run(search: SearchHandle, body: estypes.SearchRequest) {
  try {
    return await search.client.search<JobDocument>({ index: aliasFor(search.prefix, 'jobs'), ...body });
  } catch (error) {
    if (isConnectionError(error)) throw new AppError('search:unavailable', 'Matching roles are unavailable for a moment. Try again shortly.');
    throw error;
  }
}

/** Roles whose every required code the seeker holds through verified badges (at the level each role counts); preferred ones rank. */
export async function rolesIQualifyFor(db: Database, search: SearchHandle, codes: SeekerCodes, now = new Date()): Promise<MatchedJob[]> {
  if (codes.verified.length === 0) return [];
  const response = await run(search, qualifyingJobsQuery(codes, now.toISOString()));
  const requirements = await requirementsByJob(
    db,
    response.hits.hits.map((hit) => hit._id!),
  );
  return response.hits.hits.map((hit) => {
    const doc = hit._source!;
    const outcomes = outcomesFor(requirements.get(doc.job_id) ?? [], codes, { acceptUnknownIssuers: doc.accept_unknown_issuers ?? false });
    return {
      job_id: doc.job_id,
      title: doc.title,
      employer_name: doc.employer_name,
      location: doc.location,
      workplace: doc.workplace,
      posted_at: doc.posted_at,
      requiredCount: doc.required_count,
      requiredHeld: doc.required_count,
      share: 1,
      outcomes,
      routes: [],
    };
  });
}

/** Roles where the seeker holds some required codes: ranked by the share held, each with its gap and the route to work. */
export async function almostThere(db: Database, search: SearchHandle, codes: SeekerCodes, options: { limit?: number; now?: Date } = {}): Promise<MatchedJob[]> {
  if (codes.verified.length === 0) return [];
  const response = await run(search, almostQualifyingJobsQuery(codes, (options.now ?? new Date()).toISOString()));
  const ranked = response.hits.hits
    .map((hit) => ({ doc: hit._source!, held: Math.round(hit._score ?? 0) }))
    .filter(({ doc, held }) => doc.required_count > 0 && held < doc.required_count)
    .map((entry) => ({ ...entry, share: entry.held / entry.doc.required_count }))
    .sort((a, b) => b.share - a.share || b.held - a.held || b.doc.posted_at.localeCompare(a.doc.posted_at))
    .slice(0, options.limit ?? 20);
  const requirements = await requirementsByJob(
    db,
    ranked.map((entry) => entry.doc.job_id),
  );
  return Promise.all(
    ranked.map(async ({ doc, held, share }) => {
      const rows = requirements.get(doc.job_id) ?? [];
      const accept = doc.accept_unknown_issuers ?? false;
      const outcomes = outcomesFor(rows, codes, { acceptUnknownIssuers: accept });
      const missing = outcomes.filter((outcome) => outcome.importance === 'required' && outcome.met !== 'verified');
      const routes = await Promise.all(
        missing.map(async (requirement) => ({
          requirement,
          achievements: await routeToWork(
            db,
            rows.find((row) => row.id === requirement.requirementId)!,
            accept,
          ),
        })),
      );
      return {
        job_id: doc.job_id,
        title: doc.title,
        employer_name: doc.employer_name,
        location: doc.location,
        workplace: doc.workplace,
        posted_at: doc.posted_at,
        requiredCount: doc.required_count,
        requiredHeld: held,
        share,
        outcomes,
        routes,
      };
    }),
  );
}
