import 'server-only';
import { and, asc, count, eq, exists, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { apiKeys, applications, frameworks, jobs, memberships, organisations, shortlists } from '@/server/db/schema';
import { notifyUsers } from '@/server/notifications/notify';
import { enqueueSearchSync } from '@/server/search/sync/outbox';

/**
 * What happens to an organisation whose last member leaves (deletes their account):
 * - `removed`: nothing outside the organisation needs it, so it goes with its drafts, closed roles, shortlists and keys;
 * - `closed`: it stays, without members, because others still rely on it: people applied to its roles (the
 *   application and the role it was for are the applicant's history, not the organisation's), or skills frameworks
 *   of its own carry concepts that badges and roles may be indexed with. Either way its published roles close.
 */
export type LeftOrganisation = { id: string; name: string; publishedRoles: number; outcome: 'removed' | 'closed' };

/** Organisations of the person in which nobody else is a member. */
async function lastMemberOf(db: Database | Tx, userId: string, options: { lock: boolean }) {
  const others = db
    .select({ one: sql`1` })
    .from(memberships)
    .where(and(eq(memberships.orgId, organisations.id), ne(memberships.userId, userId)));
  const mine = db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  const query = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, mine))
    .orderBy(asc(organisations.id));
  // Locked (in id order, so two leavers never deadlock) before counting the others: when the last two members leave
  // at once, the second waits for the first and then sees itself as the last, instead of both seeing the other stay.
  const rows = options.lock ? await query.for('update') : await query;
  if (rows.length === 0) return [];
  const alone = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        inArray(
          organisations.id,
          rows.map((row) => row.id),
        ),
        sql`not ${exists(others)}`,
      ),
    );
  const ids = new Set(alone.map((row) => row.id));
  return rows.filter((row) => ids.has(row.id));
}

/** Whether anything outside the organisation still relies on it (see `LeftOrganisation`). */
async function stillNeeded(db: Database | Tx, orgId: string): Promise<boolean> {
  const [applied] = await db
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(jobs.orgId, orgId))
    .limit(1);
  if (applied) return true;
  const [framework] = await db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.ownerOrgId, orgId)).limit(1);
  return Boolean(framework);
}

async function publishedRoleCount(db: Database | Tx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'published')));
  return Number(row?.n ?? 0);
}

/** For the account page: which organisations deleting this account would leave without members, and what then. */
export async function previewLeavingOrganisations(db: Database, userId: string): Promise<LeftOrganisation[]> {
  const orgs = await lastMemberOf(db, userId, { lock: false });
  return Promise.all(
    orgs.map(async (org) => ({
      ...org,
      publishedRoles: await publishedRoleCount(db, org.id),
      outcome: (await stillNeeded(db, org.id)) ? ('closed' as const) : ('removed' as const),
    })),
  );
}

/**
 * Call inside the transaction that deletes the account, before the person's memberships go. For each organisation
 * the person is the last member of: its published roles close (out of search through the outbox, and each applicant
 * is told), then it is removed, or kept closed when others rely on it — then its API keys are revoked (nobody is
 * left to manage them) and its shortlists deleted (lists of other people that nobody can read any more).
 */
export async function leaveOrganisations(tx: Tx, userId: string): Promise<LeftOrganisation[]> {
  const left: LeftOrganisation[] = [];
  for (const org of await lastMemberOf(tx, userId, { lock: true })) {
    const closed = await tx
      .update(jobs)
      .set({ status: 'closed', searchVersion: sql`${jobs.searchVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(jobs.orgId, org.id), eq(jobs.status, 'published')))
      .returning({ id: jobs.id, title: jobs.title });
    await enqueueSearchSync(
      tx,
      'job',
      closed.map((job) => job.id),
    );
    if (closed.length) {
      const applicants = await tx
        .select({ userId: applications.userId, jobId: applications.jobId })
        .from(applications)
        .where(
          inArray(
            applications.jobId,
            closed.map((job) => job.id),
          ),
        );
      for (const job of closed) {
        await notifyUsers(
          tx,
          applicants.filter((row) => row.jobId === job.id).map((row) => row.userId),
          {
            kind: 'stage_changed',
            title: `${job.title}: role closed`,
            body: `${org.name} no longer has anyone on Badgeboard, so this role has closed and takes no more applications. Your application stays in your list.`,
            link: '/applications',
          },
        );
      }
    }
    const outcome = (await stillNeeded(tx, org.id)) ? 'closed' : 'removed';
    if (outcome === 'removed') {
      await tx.delete(organisations).where(eq(organisations.id, org.id));
    } else {
      await tx
        .update(apiKeys)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(apiKeys.orgId, org.id), isNull(apiKeys.revokedAt)));
      await tx.delete(shortlists).where(eq(shortlists.orgId, org.id));
    }
    left.push({ ...org, publishedRoles: closed.length, outcome });
  }
  return left;
}
