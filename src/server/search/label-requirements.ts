import 'server-only';
import { parseAchievementKey } from '@/lib/achievement-key';
import { badgeEntityNames, skillLabels } from '@/server/badges/queries';
import type { Database } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { findConcept } from '@/server/taxonomy/concepts';
import { achievementLabel } from './achievement-label';
import type { CandidateFilters } from './queries/candidate-filters';

/** A requirement as searched and shown: `key` is what the index matches (a taxonomy key, or the achievement pair). */
export type RequirementView = { kind: 'skill' | 'achievement'; code: string; key: string; label: string };
/** A self-declared skill asked for (`claimed=`), named from the taxonomy. */
export type ClaimView = { code: string; label: string };
/** A requirement named as far as it resolves; `unknown` when the code names no skill (the chip to remove). */
export type RequirementDescription = { kind: 'skill' | 'achievement'; code: string; label: string; unknown?: boolean };

/** The words for an achievement pair: from verified badges of the pair and the registry only (see `achievementLabel`). */
async function labelAchievement(db: Database, code: string, pair: { issuerId: string; achievementId: string }): Promise<string> {
  const [names, issuers] = await Promise.all([badgeEntityNames(db, 'achievement', [code]), badgeEntityNames(db, 'issuer', [pair.issuerId])]);
  return achievementLabel(names.get(code), issuers.get(pair.issuerId), pair.issuerId, pair.achievementId);
}

/**
 * Resolves requirement codes for searching: skills by key, ESCO URI in any spelling or notation (S5); achievements by
 * key (issuer id and achievement id). Unknown skill codes and achievements without an issuer are refused.
 */
export async function resolveRequirements(db: Database, filters: Pick<CandidateFilters, 'req'>): Promise<RequirementView[]> {
  return Promise.all(
    filters.req.map(async (requirement) => {
      if (requirement.kind === 'achievement') {
        const pair = parseAchievementKey(requirement.code);
        if (!pair) {
          throw new AppError('input:invalid', 'A badge requirement names its issuer as well as the achievement. Pick the badge from the list.', {
            fields: { req: [`achievement:${requirement.code} names no issuer (achievement:<issuer id> <achievement id>)`] },
          });
        }
        return { ...requirement, key: requirement.code, label: await labelAchievement(db, requirement.code, pair) };
      }
      const concept = await findConcept(db, requirement.code);
      if (!concept)
        throw new AppError('input:invalid', `No skill or skill group has the code "${requirement.code}". Pick one from the list.`, {
          fields: { req: [`Unknown skill code ${requirement.code}`] },
        });
      return { ...requirement, key: concept.key, label: concept.label ?? concept.key };
    }),
  );
}

/** Claimed skills named from the taxonomy; a key the taxonomy does not know is shown as itself. */
export async function labelClaims(db: Database, filters: Pick<CandidateFilters, 'claimed'>): Promise<ClaimView[]> {
  const labels = await skillLabels(db, filters.claimed);
  return filters.claimed.map((code) => ({ code, label: labels.get(code)?.label ?? code }));
}

/**
 * The requirements named without refusing any, for when the search itself could not run (search down, a code that
 * names nothing): the ones that resolve get their label, an unknown skill code is marked so it can be removed.
 */
export async function describeRequirements(db: Database, filters: Pick<CandidateFilters, 'req'>): Promise<RequirementDescription[]> {
  return Promise.all(
    filters.req.map(async (requirement): Promise<RequirementDescription> => {
      if (requirement.kind === 'achievement') {
        const pair = parseAchievementKey(requirement.code);
        return { ...requirement, label: pair ? await labelAchievement(db, requirement.code, pair) : requirement.code };
      }
      const concept = await findConcept(db, requirement.code);
      return concept ? { ...requirement, label: concept.label ?? concept.key } : { ...requirement, label: requirement.code, unknown: true };
    }),
  );
}
