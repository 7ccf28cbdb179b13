import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { loadIndexedBadges } from '@/server/badges/indexed-badges';
import { expandConceptCodes } from '@/server/taxonomy/concepts';
import type { Database, Tx } from '@/server/db/client';
import { cvs, users } from '@/server/db/schema';
import type { CandidateDocument } from '@/server/search/indices/candidates';

type IndexedBadge = CandidateDocument['badges'][number];

/**
 * Facet values of a candidate at the three levels a search can ask for: verified, unexpired badges from known
 * issuers (the default "verified only"); verified, unexpired ones from any issuer; and every indexed badge.
 */
export function facetValues(badges: IndexedBadge[], now: Date): Pick<CandidateDocument, 'facet_known' | 'facet_verified' | 'facet_all'> {
  const collect = (list: IndexedBadge[]) => ({
    issuer: [...new Set(list.map((badge) => badge.issuer_id))],
    achievement: [...new Set(list.map((badge) => badge.achievement_key))],
    skill: [...new Set(list.flatMap((badge) => badge.expanded_codes))],
    level: [...new Set(list.map((badge) => badge.level).filter((level): level is string => Boolean(level)))],
  });
  const counted = badges.filter((badge) => badge.state === 'verified' && (!badge.expires_at || new Date(badge.expires_at) > now));
  return { facet_known: collect(counted.filter((badge) => badge.issuer_known)), facet_verified: collect(counted), facet_all: collect(badges) };
}

/** What search should hold for one entity: a document at a version, removal at a version, or removal. */
export type SyncState<Doc> = { kind: 'index'; version: number; doc: Doc } | { kind: 'delete'; version: number | null };

/** Builds candidate documents from the current rows; hidden and vanished CVs become deletions. */
export async function loadCandidateDocuments(db: Database | Tx, cvIds: string[]): Promise<Map<string, SyncState<CandidateDocument>>> {
  const states = new Map<string, SyncState<CandidateDocument>>(cvIds.map((id) => [id, { kind: 'delete', version: null }]));
  if (cvIds.length === 0) return states;
  const rows = await db.select({ cv: cvs, name: users.name }).from(cvs).innerJoin(users, eq(users.id, cvs.userId)).where(inArray(cvs.id, cvIds));
  const now = new Date();
  const badgesByCv = await loadIndexedBadges(
    db,
    rows.filter((row) => row.cv.visibility !== 'hidden').map((row) => row.cv.id),
    now,
  );
  for (const { cv, name } of rows) {
    if (cv.visibility === 'hidden') {
      states.set(cv.id, { kind: 'delete', version: cv.searchVersion });
      continue;
    }
    states.set(cv.id, {
      kind: 'index',
      version: cv.searchVersion,
      doc: {
        cv_id: cv.id,
        display_name: name,
        headline: cv.headline,
        summary: cv.summary,
        experience_titles: [],
        location: cv.location,
        open_to: [],
        languages: [],
        claimed_skill_codes: cv.claimedSkills,
        claimed_expanded_codes: cv.claimedSkills.length ? await expandConceptCodes(db, cv.claimedSkills) : [],
        visibility: cv.visibility,
        badges: badgesByCv.get(cv.id)?.badges ?? [],
        ...facetValues(badgesByCv.get(cv.id)?.badges ?? [], now),
        verified_badge_count: (badgesByCv.get(cv.id)?.badges ?? []).filter((badge) => badge.state === 'verified').length,
        other_badge_count: badgesByCv.get(cv.id)?.otherCount ?? 0,
        updated_at: new Date(cv.updatedAt).toISOString(),
      },
    });
  }
  return states;
}
