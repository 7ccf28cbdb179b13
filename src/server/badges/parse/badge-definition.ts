import 'server-only';
import { AppError } from '@/server/errors';

/** Types of documents that describe a badge or its issuer, not an award to someone (OB 2.0 and OB 3.0). */
const DEFINITION_TYPES = new Set(['BadgeClass', 'Issuer', 'Profile', 'Achievement']);
/** Types that are (or carry) an award: a document with one of these is never a mere definition. */
const AWARD_TYPES = new Set([
  'Assertion',
  'VerifiableCredential',
  'VerifiablePresentation',
  'OpenBadgeCredential',
  'AchievementCredential',
  'ClrCredential',
  'EnvelopedVerifiableCredential',
]);

const types = (value: Record<string, unknown>): string[] => (Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type]).map(String);

/** A BadgeClass, Issuer/Profile or Achievement on its own is refused with what to upload instead. */
export function refuseBadgeDefinition(document: Record<string, unknown>): void {
  const t = types(document);
  if (t.some((type) => AWARD_TYPES.has(type)) || !t.some((type) => DEFINITION_TYPES.has(type))) return;
  const what = t.includes('BadgeClass') || t.includes('Achievement') ? 'the description of a badge' : "an issuer's profile";
  throw new AppError(
    'input:invalid',
    `This is a badge definition, not an awarded badge: it is ${what}, which anyone can copy. Upload the badge you were awarded (the baked image, or the assertion or credential your wallet or the issuer gave you).`,
  );
}
