// No `import 'server-only'` (yet): attachBadges reaches this from the demo seeding that `npm start` and `npm test` run
// under plain tsx, where that marker throws. It holds no secrets; it is pure checks over a badge's facts.
import 'server-only';
import { AppError } from '@/server/errors';
import type { DecodedCredential } from './parse/decode-credential';
import type { BadgeFacts } from './verify/facts';

/**
 * How long each text of a badge may be, in characters. Generous for real badges (the longest achievement name in the
 * third-party fixtures the verifier is tested against is 56 characters), and well inside the search index's keyword
 * bounds (`bounded-keyword.ts`), so a stored badge can always be indexed: an achievement key is issuer id +
 * achievement id, both together under ID_KEYWORD_CHARS; names under NAME_KEYWORD_CHARS. A unit test holds them there.
 */
export const BADGE_TEXT_LIMITS = {
  id: 2_000,
  name: 500,
  level: 200,
  description: 10_000,
  narrative: 20_000,
  alignmentCode: 500,
  alignmentType: 100,
  alignmentDescription: 5_000,
  detail: 2_000,
  tag: 200,
} as const;
/** How many of a repeated field one badge may carry. */
export const BADGE_COUNT_LIMITS = { alignments: 100, tags: 100, evidence: 50 } as const;

/**
 * A badge text over its limit (`kind: 'text'`, `length` in characters) or a repeated field with too many entries
 * (`kind: 'count'`, `length` the count). `field` is the path in the badge, `label` the words for people.
 */
export type OverlongField = { kind: 'text' | 'count'; field: string; label: string; limit: number; length: number };

type Check = { field: string; label: string; value: unknown; limit: number };

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const record = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** Tags and evidence narratives as the credential itself carries them (OB 3.0 achievement and credential; OB 2.0 assertion and embedded BadgeClass). */
function carriedText(credential: Record<string, unknown>): { checks: Check[]; counts: { field: string; label: string; count: number; limit: number }[] } {
  const subject = record(asArray(credential.credentialSubject)[0]);
  const achievement = record(subject?.achievement) ?? record(credential.badge);
  const tags = [...asArray(achievement?.tag), ...asArray(achievement?.tags)];
  const evidence = asArray(credential.evidence);
  const checks: Check[] = [
    ...tags.map((tag, index) => ({ field: `achievement.tag.${index}`, label: 'a tag', value: tag, limit: BADGE_TEXT_LIMITS.tag })),
    ...evidence.flatMap((item, index) => {
      const entry = record(item);
      return [
        { field: `evidence.${index}.narrative`, label: 'the evidence narrative', value: entry?.narrative, limit: BADGE_TEXT_LIMITS.narrative },
        { field: `evidence.${index}.name`, label: 'the evidence name', value: entry?.name, limit: BADGE_TEXT_LIMITS.name },
        { field: `evidence.${index}.description`, label: 'the evidence description', value: entry?.description, limit: BADGE_TEXT_LIMITS.description },
      ];
    }),
    { field: 'narrative', label: 'the narrative', value: credential.narrative, limit: BADGE_TEXT_LIMITS.narrative },
  ];
  return {
    checks,
    counts: [
      { field: 'achievement.tag', label: 'tags', count: tags.length, limit: BADGE_COUNT_LIMITS.tags },
      { field: 'evidence', label: 'evidence entries', count: evidence.length, limit: BADGE_COUNT_LIMITS.evidence },
    ],
  };
}

/** The first text of the badge (as read, and as the credential carries it) that is longer than its limit, or null. */
export function findOverlongBadgeText(facts: BadgeFacts, credential: Record<string, unknown> = {}): OverlongField | null {
  const { achievement, issuer } = facts;
  const L = BADGE_TEXT_LIMITS;
  const checks: Check[] = [
    { field: 'achievement.name', label: 'the achievement name', value: achievement.name, limit: L.name },
    { field: 'achievement.id', label: 'the achievement id', value: achievement.id, limit: L.id },
    { field: 'issuer.name', label: 'the issuer name', value: issuer.name, limit: L.name },
    { field: 'issuer.id', label: 'the issuer id', value: issuer.id, limit: L.id },
    { field: 'issuer.url', label: 'the issuer URL', value: issuer.url, limit: L.id },
    { field: 'id', label: 'the credential id', value: facts.credentialId, limit: L.id },
    { field: 'achievement.description', label: 'the achievement description', value: achievement.description, limit: L.description },
    { field: 'achievement.criteria', label: 'the criteria narrative', value: achievement.criteria, limit: L.narrative },
    { field: 'achievement.level', label: 'the level', value: achievement.level, limit: L.level },
    { field: 'revocationReason', label: 'the revocation reason', value: facts.ob2?.revocationReason, limit: L.detail },
    ...achievement.alignments.flatMap((alignment, index) => [
      { field: `achievement.alignment.${index}.targetName`, label: 'an alignment’s target name', value: alignment.targetName, limit: L.name },
      { field: `achievement.alignment.${index}.targetCode`, label: 'an alignment’s target code', value: alignment.targetCode, limit: L.alignmentCode },
      { field: `achievement.alignment.${index}.targetUrl`, label: 'an alignment’s target URL', value: alignment.targetUrl, limit: L.id },
      { field: `achievement.alignment.${index}.targetFramework`, label: 'an alignment’s framework', value: alignment.targetFramework, limit: L.name },
      { field: `achievement.alignment.${index}.targetType`, label: 'an alignment’s target type', value: alignment.targetType, limit: L.alignmentType },
      {
        field: `achievement.alignment.${index}.targetDescription`,
        label: 'an alignment’s target description',
        value: alignment.targetDescription,
        limit: L.alignmentDescription,
      },
    ]),
    ...Object.entries(achievement.microCredential ?? {}).map(([label, value]) => ({
      field: `achievement.${label}`,
      label: `the micro-credential field “${label}”`,
      value,
      limit: L.detail,
    })),
  ];
  const carried = carriedText(credential);
  for (const check of [...checks, ...carried.checks]) {
    if (typeof check.value === 'string' && check.value.length > check.limit)
      return { kind: 'text', field: check.field, label: check.label, limit: check.limit, length: check.value.length };
  }
  const counts = [
    { field: 'achievement.alignment', label: 'alignments', count: achievement.alignments.length, limit: BADGE_COUNT_LIMITS.alignments },
    ...carried.counts,
  ];
  for (const count of counts)
    if (count.count > count.limit) return { kind: 'count', field: count.field, label: count.label, limit: count.limit, length: count.count };
  return null;
}

const number = (value: number) => value.toLocaleString('en-GB');
const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "The issuer name of the badge “Python Foundations” is 40,000 characters long; Badgeboard accepts at most 500 (issuer.name)." */
export function overlongMessage(overlong: OverlongField, achievementName: string): string {
  const badge = overlong.field === 'achievement.name' ? 'this badge' : `the badge “${cut(achievementName)}”`;
  const what =
    overlong.kind === 'count'
      ? `${capitalised(badge)} has ${number(overlong.length)} ${overlong.label}`
      : `${capitalised(overlong.label)} of ${badge} is ${number(overlong.length)} characters long`;
  return `${what}; Badgeboard accepts at most ${number(overlong.limit)} (${overlong.field}). The badge is refused rather than shortened, because its issuer signed it as it is: ask the issuer for a badge within the limit.`;
}

/**
 * Refuses a badge with a text over its limit, naming the field and the limit. A signed credential is never shortened
 * (the signature covers the text as issued, and a cut badge would say something its issuer did not), so the badge is
 * refused as a whole and nothing of the upload is stored.
 */
export function refuseOverlongBadgeText(decoded: Pick<DecodedCredential, 'credential'>, facts: BadgeFacts): void {
  const overlong = findOverlongBadgeText(facts, decoded.credential);
  if (!overlong) return;
  throw new AppError('input:invalid', overlongMessage(overlong, facts.achievement.name), {
    field: overlong.field,
    limit: overlong.limit,
    length: overlong.length,
  });
}
