import 'server-only';
import type { EntityName } from '@/server/badges/queries';

/** The words for an issuer not known to Badgeboard, after the name it claims: it is never merged with a known one. */
export const UNKNOWN_ISSUER_MARK = '(not known to Badgeboard)';

/** An issuer as named to others: the registry's name when known, else its claim marked as such, else its id marked. */
export function issuerLabel(issuer: EntityName | undefined, issuerId: string): string {
  if (!issuer) return `${issuerId} ${UNKNOWN_ISSUER_MARK}`;
  return issuer.issuerKnown ? issuer.name : `${issuer.name} ${UNKNOWN_ISSUER_MARK}`;
}

/**
 * "Name · issuer" for an achievement (issuer id, achievement id), from verified badges of the pair and the registry
 * only; the bare achievement id when no verified badge of the pair is held (nothing may name it then).
 */
export function achievementLabel(achievement: EntityName | undefined, issuer: EntityName | undefined, issuerId: string, achievementId: string): string {
  if (!achievement) return achievementId;
  return `${achievement.name} · ${issuerLabel(issuer, issuerId)}`;
}
