import { toCsv } from './csv';

/** A verified badge as an export lists it. */
export type ExportBadge = { id: string; name: string; issuer: string; issuerKnown: boolean; issuedAt: Date | null; expiresAt: Date | null };

/** One candidate of a shortlist or a role's applicants, as the export needs it. */
export type ExportCandidate = {
  cvId: string;
  name: string;
  headline: string | null;
  location: string | null;
  tags: string[];
  badges: ExportBadge[];
};

export type ApplicantExportRow = ExportCandidate & { email: string; stage: string; appliedAt: Date };
export type ShortlistExportRow = ExportCandidate & { addedAt: Date; note: string | null };

/** Dates as YYYY-MM-DD: what every spreadsheet sorts correctly, whatever its locale. */
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/** "Python Foundations — Example College (verified; known issuer; expires 2030-01-31)", one badge per line. */
export function badgeLine(badge: ExportBadge): string {
  const state = ['verified', badge.issuerKnown ? 'known issuer' : 'issuer not known to Badgeboard'];
  if (badge.issuedAt) state.push(`issued ${day(badge.issuedAt)}`);
  if (badge.expiresAt) state.push(`expires ${day(badge.expiresAt)}`);
  return `${badge.name} — ${badge.issuer} (${state.join('; ')})`;
}

function common(row: ExportCandidate, base: string) {
  return {
    badges: row.badges.map(badgeLine).join('\n'),
    links: row.badges.map((badge) => `${base}/b/${badge.id}`).join('\n'),
    cv: `${base}/p/${row.cvId}`,
    tags: row.tags.join(', '),
  };
}

/** A role's applicants as CSV, in the order given (the ranking). `base` is the site's address without a trailing slash. */
export function applicantsCsv(rows: ApplicantExportRow[], base: string): string {
  return toCsv(
    ['Name', 'Email', 'Headline', 'Location', 'Stage', 'Applied on', 'Tags', 'Verified badges', 'Badge pages', 'CV'],
    rows.map((row) => {
      const shared = common(row, base);
      return [row.name, row.email, row.headline, row.location, row.stage, day(row.appliedAt), shared.tags, shared.badges, shared.links, shared.cv];
    }),
  );
}

/** A shortlist as CSV, in the order given. No contact details: a shortlist does not share them. */
export function shortlistCsv(rows: ShortlistExportRow[], base: string): string {
  return toCsv(
    ['Name', 'Headline', 'Location', 'Added on', 'Note', 'Tags', 'Verified badges', 'Badge pages', 'CV'],
    rows.map((row) => {
      const shared = common(row, base);
      return [row.name, row.headline, row.location, day(row.addedAt), row.note, shared.tags, shared.badges, shared.links, shared.cv];
    }),
  );
}
