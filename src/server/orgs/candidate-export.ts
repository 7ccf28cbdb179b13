import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { stageLabels, type ApplicationStage } from '@/components/job-labels';
import { applicantsCsv, shortlistCsv, type ExportBadge } from '@/lib/candidate-csv';
import { csvFileName } from '@/lib/csv';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { listApplicants } from '@/server/jobs/applications';
import { tagsForCandidates } from './candidate-notes';
import { shortlistCandidates } from './shortlists';

/**
 * The verified badges of these CVs, newest first: what others are shown of a CV (the /p page lists verified badges
 * only). The issuer is the registry's name for a known issuer (as the card shows it), else the credential's own claim.
 */
async function verifiedBadges(db: Database, cvIds: string[]): Promise<Map<string, ExportBadge[]>> {
  const result = new Map<string, ExportBadge[]>();
  if (cvIds.length === 0) return result;
  const rows = await db
    .select({
      id: badges.id,
      cvId: badges.cvId,
      name: badges.achievementName,
      issuerName: badges.issuerName,
      issuerKnown: badges.issuerKnown,
      report: badges.report,
      issuedAt: badges.issuedAt,
      expiresAt: badges.expiresAt,
    })
    .from(badges)
    .where(and(inArray(badges.cvId, cvIds), eq(badges.state, 'verified')))
    .orderBy(desc(badges.issuedAt), asc(badges.achievementName));
  for (const row of rows) {
    const badge: ExportBadge = {
      id: row.id,
      name: row.name,
      issuer: (row.issuerKnown && row.report.issuer?.knownName) || row.issuerName,
      issuerKnown: row.issuerKnown,
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
    };
    result.set(row.cvId, [...(result.get(row.cvId) ?? []), badge]);
  }
  return result;
}

export type CsvFile = { fileName: string; body: string };

/** A role's applicants, ranked as on the applicants page; only for members of the organisation that posted it. */
export async function exportApplicants(db: Database, viewer: Viewer, jobId: string, base: string): Promise<CsvFile> {
  const { job, applicants } = await listApplicants(db, viewer, jobId);
  const cvIds = applicants.map((applicant) => applicant.application.cvId);
  const [badgeMap, tags] = await Promise.all([verifiedBadges(db, cvIds), tagsForCandidates(db, viewer, cvIds, job.orgId)]);
  const body = applicantsCsv(
    applicants.map(({ application, name, email, headline, location }) => ({
      cvId: application.cvId,
      name,
      email,
      headline,
      location,
      stage: stageLabels[application.stage as ApplicationStage] ?? application.stage,
      appliedAt: application.createdAt,
      tags: tags.get(application.cvId) ?? [],
      badges: badgeMap.get(application.cvId) ?? [],
    })),
    base,
  );
  return { fileName: csvFileName('applicants', job.title), body };
}

/** One of the organisation's shortlists, with the candidates the viewer may still see. */
export async function exportShortlist(db: Database, viewer: Viewer, shortlistId: string, base: string): Promise<CsvFile> {
  const { list, candidates } = await shortlistCandidates(db, viewer, shortlistId);
  const badgeMap = await verifiedBadges(
    db,
    candidates.map((candidate) => candidate.cvId),
  );
  const body = shortlistCsv(
    candidates.map((candidate) => ({ ...candidate, badges: badgeMap.get(candidate.cvId) ?? [] })),
    base,
  );
  return { fileName: csvFileName('shortlist', list.name), body };
}

/** The download: CSV as an attachment, never cached, never sniffed as anything else. */
export function csvResponse(file: CsvFile): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
