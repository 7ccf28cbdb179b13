import type { CheckResult } from '@/lib/verification/model';

type Fix = (params: CheckResult['params']) => string;

const again = 'Download a fresh copy from the issuer or your wallet and add it again.';
const later = 'Nothing to do now: Badgeboard tries again at its daily check, or choose “Check again” on the badge later.';

/**
 * What the owner can do about a badge that needs attention, one line, by the deciding check's code. Shown only
 * where the reason does not already say it. Keyed on codes (never on the reason's words).
 */
const fixes: Record<string, Fix> = {
  'format:schema': () => `The file is not a complete Open Badge. ${again}`,
  'format:missing_parts': () => `The file is not a complete badge. ${again}`,
  'format:unreadable': () => `The file could not be read. ${again}`,
  'proof:invalid_signature': () => `The badge was changed after it was signed. ${again}`,
  'proof:invalid': () => `The signature does not match the badge. ${again}`,
  'proof:unsigned': () => 'Ask the issuer for a signed copy of this badge.',
  'proof:unsupported_suite': () => 'Ask the issuer for a copy signed with eddsa-rdfc-2022, the suite Open Badges 3.0 requires.',
  'proof:no_key': () => 'Ask the issuer to publish the key they sign with, then choose “Check again”.',
  'proof:hosted_mismatch': () => 'Download the badge again from the issuer’s site and add the new copy.',
  'proof:hosted_withdrawn': () => 'The issuer no longer publishes this badge: ask them whether it still stands.',
  'proof:network': () => later,
  'status:network': () => later,
  'issuer:impersonation': (p) =>
    `If this badge is genuine, ask ${typeof p.imitatesName === 'string' ? p.imitatesName : 'the real issuer'} to issue it to you; otherwise remove it.`,
  'issuer:not_bound': () => 'The signer is not the issuer the badge names: ask the issuer for a correctly signed copy.',
  'issuer:wrong_controller': () => 'The signer is not the issuer the badge names: ask the issuer for a correctly signed copy.',
  'issuer:key_not_listed': () => 'Ask the issuer to list their signing key, then choose “Check again”.',
  'status:revoked': () => 'The issuer withdrew this badge. Ask them why, or remove it from your CV.',
  'status:suspended': () => 'Ask the issuer to lift the suspension, then choose “Check again”.',
  'validity:expired': () => 'Renew it with the issuer and add the new badge, or remove this one.',
  'validity:not_yet_valid': () => 'It counts from that date; nothing to do until then.',
  'recipient:unverified_identity': () =>
    'Follow the link we emailed to that address, or send a new one from Account → Email addresses. The badge is checked again when you do.',
};

/** Where the owner goes to do it, when the fix happens on another page: the addresses a badge can be issued to. */
export function badgeFixLink(result: Pick<CheckResult, 'check' | 'code' | 'params'> | null): { href: string; label: string } | null {
  if (result?.check !== 'recipient' || result.params?.kind !== 'email') return null;
  if (result.code !== 'other_recipient' && result.code !== 'unverified_identity') return null;
  return { href: '/account#email-addresses', label: 'Manage your email addresses' };
}

export function badgeFix(result: Pick<CheckResult, 'check' | 'code' | 'params'> | null): string | null {
  if (!result) return null;
  return fixes[`${result.check}:${result.code}`]?.(result.params ?? {}) ?? null;
}
