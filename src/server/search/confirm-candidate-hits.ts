import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { badges, cvs } from '@/server/db/schema';
import type { CandidateDocument } from './indices/candidates';

type Hit = estypes.SearchHit<CandidateDocument>;
type IndexedBadge = CandidateDocument['badges'][number];
type BadgeState = (typeof badges.$inferSelect)['state'];

/** What Postgres says now about a CV found in the index: who may find it, and the state of each of its badges. */
export type CurrentCv = { visibility: 'public' | 'employers' | 'hidden'; badges: Map<string, BadgeState> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The current visibility and badge states of a page of CVs, in one query. A CV that is not in the answer was deleted;
 * an id that is not a uuid cannot be a CV (and would make Postgres refuse the whole query), so it is left out too.
 */
export async function loadCurrentCvs(db: Database, cvIds: string[]): Promise<Map<string, CurrentCv>> {
  const ids = [...new Set(cvIds)].filter((id) => UUID.test(id));
  const current = new Map<string, CurrentCv>();
  if (ids.length === 0) return current;
  const rows = await db
    .select({ cvId: cvs.id, visibility: cvs.visibility, badgeId: badges.id, state: badges.state })
    .from(cvs)
    .leftJoin(badges, eq(badges.cvId, cvs.id))
    .where(inArray(cvs.id, ids));
  for (const row of rows) {
    let cv = current.get(row.cvId);
    if (!cv) current.set(row.cvId, (cv = { visibility: row.visibility, badges: new Map() }));
    if (row.badgeId && row.state) cv.badges.set(row.badgeId, row.state);
  }
  return current;
}

/** How the search was asked: what it may show, and what a badge must be to meet a requirement. */
export type ConfirmScope = { visibilities: readonly string[]; verifiedOnly: boolean; requirementCount: number; match: 'all' | 'any' };

const shownStates = new Set<BadgeState>(['verified', 'unverified']);
const totalOf = (hits: estypes.SearchHitsMetadata<unknown>) => (typeof hits.total === 'number' ? hits.total : (hits.total?.value ?? hits.hits.length));

/**
 * A hit as Postgres says it is now, or null when it must not be shown: the CV was deleted, hidden or narrowed past this
 * viewer since it was indexed (search trusted the index's copy while the outbox waited, e.g. while Elasticsearch was
 * down), or a requirement it was found for is no longer met by a badge in its current state.
 *
 * Badges are shown by their current state: one revoked, failed or expired since is no longer named (only counted, as
 * the index would count it), one deleted is gone, one whose verification changed carries its new state. A requirement
 * counts as no longer met only when every badge that met it was seen (inner hits are capped): unseen ones may still
 * meet it.
 */
export function confirmHit(hit: Hit, current: CurrentCv | undefined, scope: ConfirmScope): Hit | null {
  const source = hit._source;
  if (!source || !current || !scope.visibilities.includes(current.visibility)) return null;

  const now = (badge: IndexedBadge): IndexedBadge | null => {
    const state = current.badges.get(badge.badge_id);
    return state && shownStates.has(state) ? { ...badge, state: state as IndexedBadge['state'] } : null;
  };
  const indexed = source.badges ?? [];
  const kept = indexed.flatMap((badge) => now(badge) ?? []);
  const noLongerShown = indexed.filter((badge) => !kept.some((keptBadge) => keptBadge.badge_id === badge.badge_id));
  const stillHeld = noLongerShown.filter((badge) => current.badges.has(badge.badge_id)).length;

  const innerHits: Record<string, estypes.SearchInnerHitsResult> = {};
  let met = 0;
  for (let index = 0; index < scope.requirementCount; index++) {
    const name = `req${index}`;
    const inner = hit.inner_hits?.[name];
    if (!inner) continue;
    const meeting = inner.hits.hits.flatMap((innerHit) => {
      const badge = now(innerHit._source as IndexedBadge);
      return badge && (!scope.verifiedOnly || badge.state === 'verified') ? [{ ...innerHit, _source: badge }] : [];
    });
    const unseen = totalOf(inner.hits) > inner.hits.hits.length;
    if (meeting.length > 0 || unseen) met++;
    else if (scope.match === 'all') return null;
    innerHits[name] = { ...inner, hits: { ...inner.hits, hits: meeting } };
  }
  if (scope.match === 'any' && scope.requirementCount > 0 && met === 0) return null;

  return {
    ...hit,
    inner_hits: { ...hit.inner_hits, ...innerHits },
    _source: {
      ...source,
      visibility: current.visibility as CandidateDocument['visibility'],
      badges: kept,
      verified_badge_count: kept.filter((badge) => badge.state === 'verified').length,
      other_badge_count: (source.other_badge_count ?? 0) + stillHeld,
    },
  };
}
