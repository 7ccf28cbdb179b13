import 'server-only';
import type { Viewer } from '@/server/auth/viewer';
import { skillLabels } from '@/server/badges/queries';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { listShortlists, shortlistedCvIds } from '@/server/orgs/shortlists';
import { getSearch } from '@/server/search/client';
import type { CandidateFilters } from '@/server/search/queries/candidate-filters';
import { searchCandidates, type CandidateHit, type CandidateResults } from '@/server/search/search-candidates';
import { findConcept } from '@/server/taxonomy/concepts';
import type { RequirementLabel } from './requirement-chips';

export type ShortlistOption = { id: string; name: string; candidates: number };

type Labels = { labels: RequirementLabel[]; claimLabels: Map<string, string> };
export type SearchOutcome =
  | (Labels & { ok: true; results: CandidateResults; shortlisted: Set<string>; lists: ShortlistOption[] })
  | (Labels & { ok: false; code: 'search:unavailable' | 'input:invalid'; message: string });

/** "badges.example.org/…/python-101" for an achievement id we have no name for. */
function shortAchievementId(id: string): string {
  try {
    const url = new URL(id);
    const last = url.pathname.split('/').filter(Boolean).at(-1);
    return last ? `${url.host}/…/${last}` : url.host;
  } catch {
    return id.length > 40 ? `${id.slice(0, 37)}…` : id;
  }
}

/** Achievement requirements come back labelled with their id; name them from the facets or the badges that met them. */
function achievementNames(results: CandidateResults): Map<string, string> {
  const names = new Map(results.facets.achievement.filter((item) => item.label !== item.value).map((item) => [item.value, item.label]));
  for (const hit of results.hits)
    for (const match of hit.matches) if (match.requirement.kind === 'achievement' && match.badges[0]) names.set(match.requirement.key, match.badges[0].achievement_name);
  return names;
}

function relabel(hit: CandidateHit, achievements: Map<string, string>, claims: Map<string, string>): CandidateHit {
  return {
    ...hit,
    matches: hit.matches.map((match) => {
      const { requirement } = match;
      const label = match.claimed ? claims.get(requirement.key) : requirement.kind === 'achievement' ? achievements.get(requirement.key) : undefined;
      return label ? { ...match, requirement: { ...requirement, label } } : match;
    }),
  };
}

/**
 * Runs the candidate search for the page and gathers what the page shows beside it (labels, shortlists).
 * Expected failures (search down, an unknown skill code) become an outcome the page can explain calmly.
 */
export async function runCandidateSearch(viewer: Viewer, filters: CandidateFilters): Promise<SearchOutcome> {
  const db = await getDb();
  const claimLabels = new Map([...(await skillLabels(db, filters.claimed))].map(([key, skill]) => [key, skill.label]));
  const fallbackLabels: RequirementLabel[] = filters.req.map((requirement) => ({
    ...requirement,
    label: requirement.kind === 'achievement' ? shortAchievementId(requirement.code) : requirement.code,
  }));

  let results: CandidateResults;
  try {
    results = await searchCandidates(db, await getSearch(), viewer, filters);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'search:unavailable' || error.code === 'input:invalid')) {
      // Name the requirements that resolve and mark the ones that do not, so the chip to remove stands out.
      const labels = await Promise.all(
        fallbackLabels.map(async (requirement) => {
          if (requirement.kind !== 'skill') return requirement;
          const concept = await findConcept(db, requirement.code);
          return concept ? { ...requirement, label: concept.label ?? requirement.code } : { ...requirement, unknown: true };
        }),
      );
      return { ok: false, code: error.code, message: error.message, labels, claimLabels };
    }
    throw error;
  }

  const achievements = achievementNames(results);
  const labels = results.requirements.map((requirement, index) => ({
    kind: requirement.kind,
    code: requirement.code,
    label: requirement.kind === 'achievement' ? (achievements.get(requirement.key) ?? fallbackLabels[index]!.label) : requirement.label,
  }));
  const [shortlisted, lists] = await Promise.all([shortlistedCvIds(db, viewer, results.hits.map((hit) => hit.cv_id)), listShortlists(db, viewer)]);
  return {
    ok: true,
    results: { ...results, hits: results.hits.map((hit) => relabel(hit, achievements, claimLabels)) },
    shortlisted,
    lists: lists.map((list) => ({ id: list.id, name: list.name, candidates: Number(list.candidates) })),
    labels,
    claimLabels,
  };
}
