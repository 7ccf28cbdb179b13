import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { achievementKey } from '@/lib/achievement-key';
import type { Database } from '@/server/db/client';
import { cvs, jobRequirements, jobs } from '@/server/db/schema';
import { notifyUsers } from '@/server/notifications/notify';
import type { SearchHandle } from '@/server/search/client';
import { aliasFor } from '@/server/search/indices/registry';
import { badgeConditions, requirementClause } from '@/server/search/queries/candidate-clauses';

/**
 * After publishing: tell seekers whose verified badges meet every required code (found in the candidates index), at the
 * level the role counts — known issuers only unless it accepts unknown ones. An achievement is its (issuer, id) pair, so
 * a look-alike under another issuer id meets nothing.
 */
export async function notifyMatchingSeekers(db: Database, search: SearchHandle, jobId: string, now = new Date()): Promise<number> {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job || job.status !== 'published') return 0;
  const required = (await db.select().from(jobRequirements).where(eq(jobRequirements.jobId, jobId))).filter((r) => r.importance === 'required');
  if (required.length === 0) return 0;
  // An achievement requirement whose issuer could not be told (an old role) is met by nobody.
  if (required.some((requirement) => requirement.kind === 'achievement' && !requirement.issuerId)) return 0;
  const conditions = badgeConditions({ verified: true, unknownIssuers: job.acceptUnknownIssuers, issuedAfter: undefined }, now.toISOString());
  const response = await search.client.search({
    index: aliasFor(search.prefix, 'candidates'),
    size: 200,
    _source: false,
    query: {
      bool: {
        filter: required
          .map((requirement, index) =>
            requirementClause(
              { kind: requirement.kind, code: requirement.kind === 'achievement' ? achievementKey(requirement.issuerId!, requirement.code) : requirement.code },
              index,
              conditions,
            ),
          )
          .map((clause) => ({ nested: { ...clause!.nested!, inner_hits: undefined } })),
      },
    },
  });
  const cvIds = response.hits.hits.map((hit) => hit._id!);
  if (cvIds.length === 0) return 0;
  const seekers = await db.select({ userId: cvs.userId }).from(cvs).where(inArray(cvs.id, cvIds));
  await notifyUsers(
    db,
    seekers.map((seeker) => seeker.userId),
    { kind: 'matching_role', title: `A new role matches your badges: ${job.title}`, body: job.location, link: `/jobs/${job.id}` },
  );
  return seekers.length;
}
