import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { parseAchievementKey } from '@/lib/achievement-key';
import type { Viewer } from '@/server/auth/viewer';
import { badgeEntityNames, skillLabels } from '@/server/badges/queries';
import { searchableVisibilities } from '@/server/cv/policies';
import type { Database } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { achievementLabel, issuerLabel } from './achievement-label';
import { decodeCandidateCursor, encodeCandidateCursor } from './candidate-cursor';
import { isConnectionError, type SearchHandle } from './client';
import { confirmHit, loadCurrentCvs } from './confirm-candidate-hits';
import { labelClaims, resolveRequirements, type ClaimView, type RequirementView } from './label-requirements';
import { aliasFor } from './indices/registry';
import type { CandidateDocument } from './indices/candidates';
import { FACETS, type FacetName } from './queries/candidate-clauses';
import type { CandidateFilters } from './queries/candidate-filters';
import { CANDIDATE_PAGE_SIZE, candidateQuery } from './queries/candidates';

type Badge = CandidateDocument['badges'][number];
type ShownBadge = Pick<Badge, 'badge_id' | 'achievement_name' | 'issuer_name' | 'issuer_known' | 'state'>;
export type { ClaimView, RequirementView } from './label-requirements';
/** A requirement and the badges that met it; each badge says its level (verified · known issuer or not, or unverified). */
export type MatchExplanation = { requirement: RequirementView; badges: ShownBadge[]; claimed: boolean };
export type CandidateHit = Pick<
  CandidateDocument,
  'cv_id' | 'display_name' | 'headline' | 'summary' | 'location' | 'visibility' | 'verified_badge_count' | 'updated_at'
> & {
  highlight: { headline?: string; summary?: string };
  /** Verified badges only (known issuers first): a card shows nothing else by name. */
  topBadges: ShownBadge[];
  /** Badges not shown by name: unverified ones, and failed, revoked or expired ones (never indexed, only counted). */
  notShownCount: number;
  matches: MatchExplanation[];
  requirementsMet: number;
};
/** `known`: for issuers, whether the registry knows this issuer id (unknown ones are labelled as such, never merged). */
export type FacetValue = { value: string; label: string; count: number; selected: boolean; known?: boolean };
export type CandidateResults = {
  /**
   * Candidates matching in the index, less the ones this page dropped because Postgres says they may no longer be
   * shown (hidden, deleted or narrowed since they were indexed, while the outbox had not caught up). Later pages are
   * confirmed when they are fetched, so while a backlog drains the total can still count a few that will not appear;
   * facet counts are the index's and are not corrected.
   */
  total: number;
  page: number;
  pageSize: number;
  hits: CandidateHit[];
  facets: Record<FacetName, FacetValue[]>;
  /** The requirements in the order asked (`req`), each with its label: the same words the page shows. */
  requirements: RequirementView[];
  /** The claimed skills asked for (`claimed`), with their labels. */
  claims: ClaimView[];
  /** Cursor for the next page (search_after), when there is one. */
  next: string | null;
  tookMs: number;
};

type Bucket = { key: string; doc_count: number; candidates?: { doc_count: number } };

/**
 * Candidate search for a viewer, labelled as the page and `GET /api/v1/candidates/search` both return it. What the
 * viewer may see is part of the query; the page of hits is then confirmed against Postgres (one query), because the
 * index can lag behind a CV that was just hidden or deleted (see `confirmHit`).
 */
export async function searchCandidates(
  db: Database,
  search: SearchHandle,
  viewer: Viewer,
  filters: CandidateFilters,
  now = new Date(),
): Promise<CandidateResults> {
  const visibilities = searchableVisibilities(viewer);
  if (visibilities.length === 0) throw new AppError('auth:forbidden', 'Candidate search is for members of employer organisations.');
  const after = filters.after ? decodeCandidateCursor(filters.after, filters.sort) : undefined;
  const requirements = await resolveRequirements(db, filters);
  const body = candidateQuery(filters, { visibilities, now: now.toISOString(), requirements: requirements.map((r) => ({ kind: r.kind, code: r.key })), after });
  let response: estypes.SearchResponse<CandidateDocument>;
  try {
    response = await search.client.search<CandidateDocument>({ index: aliasFor(search.prefix, 'candidates'), ...body });
  } catch (error) {
    if (isConnectionError(error)) throw new AppError('search:unavailable', 'Search is unavailable for a moment. Your filters are kept: try again shortly.');
    throw error;
  }
  const indexTotal = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  const [current, facets, claims] = await Promise.all([
    loadCurrentCvs(
      db,
      response.hits.hits.flatMap((hit) => (hit._source ? [hit._source.cv_id] : [])),
    ),
    readFacets(db, response.aggregations, filters, requirements),
    labelClaims(db, filters),
  ]);
  const scope = { visibilities, verifiedOnly: filters.verified, requirementCount: requirements.length, match: filters.match };
  const confirmed = response.hits.hits.flatMap((hit) => confirmHit(hit, current.get(hit._source?.cv_id ?? ''), scope) ?? []);
  // The cursor follows the index's last hit, shown or not, so the next page starts after it either way.
  const last = response.hits.hits.at(-1);
  return {
    total: Math.max(0, indexTotal - (response.hits.hits.length - confirmed.length)),
    page: filters.page,
    pageSize: CANDIDATE_PAGE_SIZE,
    hits: confirmed.map((hit) => toHit(hit, requirements, claims)),
    facets,
    requirements,
    claims,
    next:
      last?.sort && response.hits.hits.length === CANDIDATE_PAGE_SIZE && filters.page * CANDIDATE_PAGE_SIZE < indexTotal
        ? encodeCandidateCursor(filters.sort, last.sort)
        : null,
    tookMs: response.took,
  };
}

function toHit(hit: estypes.SearchHit<CandidateDocument>, requirements: RequirementView[], claims: ClaimView[]): CandidateHit {
  const source = hit._source!;
  const pick = (badge: Badge): ShownBadge => ({
    badge_id: badge.badge_id,
    achievement_name: badge.achievement_name,
    issuer_name: badge.issuer_name,
    issuer_known: badge.issuer_known,
    state: badge.state,
  });
  const matches = requirements.map((requirement, index) => {
    const inner = hit.inner_hits?.[`req${index}`]?.hits.hits ?? [];
    return { requirement, badges: inner.map((innerHit) => pick(innerHit._source as Badge)), claimed: false };
  });
  for (const claim of claims)
    matches.push({ requirement: { kind: 'skill', code: claim.code, key: claim.code, label: claim.label }, badges: [], claimed: true });
  const badges = source.badges ?? [];
  const verified = badges.filter((badge) => badge.state === 'verified').sort((a, b) => Number(b.issuer_known) - Number(a.issuer_known));
  return {
    cv_id: source.cv_id,
    display_name: source.display_name,
    headline: source.headline,
    summary: source.summary,
    location: source.location,
    visibility: source.visibility,
    verified_badge_count: source.verified_badge_count,
    updated_at: source.updated_at,
    highlight: { headline: hit.highlight?.headline?.[0], summary: hit.highlight?.summary?.[0] },
    topBadges: verified.slice(0, 4).map(pick),
    notShownCount: badges.length - verified.length + (source.other_badge_count ?? 0),
    matches,
    requirementsMet: matches.filter((match) => match.badges.length > 0).length,
  };
}

/** Concept keys of ISCED-F fields of education, which ESCO's knowledge pillar uses as its groups. */
const ISCED_F_PREFIX = 'http://data.europa.eu/esco/isced-f/';

async function readFacets(
  db: Database,
  aggregations: Record<string, unknown> | undefined,
  filters: CandidateFilters,
  requirements: RequirementView[],
): Promise<Record<FacetName, FacetValue[]>> {
  const result = {} as Record<FacetName, FacetValue[]>;
  const skillKeys: string[] = [];
  for (const name of Object.keys(FACETS) as FacetName[]) {
    const facet = (aggregations?.[name] as { facet?: Record<string, unknown> } | undefined)?.facet;
    const nested = FACETS[name].nested && Boolean(filters.issuedAfter);
    const buckets = ((nested
      ? (facet?.counted as { values?: { buckets?: Bucket[] } })?.values?.buckets
      : (facet as { buckets?: Bucket[] } | undefined)?.buckets) ?? []) as Bucket[];
    const selected = new Set(filters[name]);
    // A CV saved without a location is indexed with an empty one: not a place anyone can choose.
    result[name] = buckets
      .filter((bucket) => String(bucket.key).trim() !== '')
      .map((bucket) => ({
        value: String(bucket.key),
        label: String(bucket.key),
        count: bucket.candidates?.doc_count ?? bucket.doc_count,
        selected: selected.has(String(bucket.key)),
      }));
    for (const value of selected) if (!result[name].some((item) => item.value === value)) result[name].push({ value, label: value, count: 0, selected: true });
    if (name === 'skill') skillKeys.push(...result[name].map((item) => item.value));
  }
  // Issuers by id: the registry's name marks a known one; an unknown one keeps its claim, marked, so a look-alike never merges.
  const pairs = result.achievement.map((item) => parseAchievementKey(item.value));
  const issuerNames = await badgeEntityNames(db, 'issuer', [
    ...result.issuer.map((item) => item.value),
    ...pairs.flatMap((pair) => (pair ? [pair.issuerId] : [])),
  ]);
  result.issuer = result.issuer.map((item) => {
    const issuer = issuerNames.get(item.value);
    return { ...item, known: issuer?.issuerKnown ?? false, label: issuerLabel(issuer, item.value) };
  });
  const achievementNames = await badgeEntityNames(
    db,
    'achievement',
    result.achievement.map((item) => item.value),
  );
  result.achievement = result.achievement.map((item, index) => {
    const pair = pairs[index];
    return {
      ...item,
      known: pair ? issuerNames.get(pair.issuerId)?.issuerKnown : undefined,
      label: pair ? achievementLabel(achievementNames.get(item.value), issuerNames.get(pair.issuerId), pair.issuerId, pair.achievementId) : item.value,
    };
  });
  const labels = await skillLabels(db, [...skillKeys, ...requirements.filter((r) => r.kind === 'skill').map((r) => r.key)]);
  // The pillar roots (S, K, T, L) hold every badge: as filters they narrow nothing. The knowledge pillar's ISCED-F fields
  // of education ("06", "061", "0613") are not skill groups a recruiter filters by; a selected one stays visible.
  result.skill = result.skill.filter(
    (item) => item.selected || (!/^[SKTL]$/.test(labels.get(item.value)?.notation ?? '') && !item.value.startsWith(ISCED_F_PREFIX)),
  );
  result.skill = result.skill.map((item) => ({
    ...item,
    label: labels.get(item.value)?.notation
      ? `${labels.get(item.value)!.notation} ${labels.get(item.value)!.label}`
      : (labels.get(item.value)?.label ?? item.value),
  }));
  return result;
}
