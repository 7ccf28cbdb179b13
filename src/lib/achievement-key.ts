/**
 * An achievement is identified by (issuer id, achievement id): the same achievement id under another issuer is
 * another achievement (a copy, or an impersonation). This key joins the pair for URLs, index codes and pickers.
 * The separator is a space: issuer ids are DIDs or URLs, and neither may contain one, so the first space splits.
 */
const SEPARATOR = ' ';

export type AchievementRef = { issuerId: string; achievementId: string };

export function achievementKey(issuerId: string, achievementId: string): string {
  // A space is not valid in a URI; a malformed issuer id gets it percent-encoded rather than breaking the split.
  return `${issuerId.replaceAll(SEPARATOR, '%20')}${SEPARATOR}${achievementId}`;
}

/** The pair from a key; null when the text names no issuer (e.g. a bare achievement id from an old link). */
export function parseAchievementKey(key: string): AchievementRef | null {
  const index = key.indexOf(SEPARATOR);
  if (index <= 0 || index === key.length - 1) return null;
  return { issuerId: key.slice(0, index), achievementId: key.slice(index + 1) };
}
