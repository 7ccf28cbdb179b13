import 'server-only';
import type { CheckName } from '@/lib/verification/model';

/**
 * What a Digital Credentials Consortium test credential should get, read from its file name
 * `<registry>-<status>-<expiry>[-variant…]` (see data/fixtures/dcc-vc-test-fixtures/SOURCE.md).
 * Registries do not matter here: Badgeboard starts knowing none of these issuers, so every sound one
 * is verified at the "issuer not known to Badgeboard" level.
 */
export type ExpectedVerdict =
  | { outcome: 'verified' }
  | { outcome: 'revoked' }
  | { outcome: 'expired' }
  /** State failed, with this check failed (and this code, when given). */
  | { outcome: 'failed'; check: CheckName; code?: string }
  /** Not an Open Badge: refused as input, or a failed format check. */
  | { outcome: 'not_open_badge' }
  /** Refused as input (nothing to verify). */
  | { outcome: 'refused' };

export type Expectation = ExpectedVerdict & { why: string };

/** Names whose verdict for Badgeboard differs from what they state, and why (also listed in the conformance note). */
const OVERRIDES: Record<string, Expectation> = {
  'v1/ed25519/didKey/legacy-noStatus-noExpiry.json': { outcome: 'refused', why: 'the file is empty upstream (0 bytes)' },
  'v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-oldDCCExample.json': {
    outcome: 'not_open_badge',
    why: 'a plain VerifiableCredential (no OpenBadgeCredential type, no achievement): sound, but not an Open Badge',
  },
  'v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal.json': {
    outcome: 'not_open_badge',
    why: 'a plain VerifiableCredential (no OpenBadgeCredential type, no achievement): sound, but not an Open Badge',
  },
};
// "Program" is not in the OB 3.0 AchievementType vocabulary (the nearest is LearningProgram; others must be "ext:…"),
// and the rule is that values outside the vocabulary fail with their path.
const PROGRAM = { outcome: 'failed', check: 'format', why: 'achievementType "Program" is outside the OB 3.0 vocabulary (1EdTech schema)' } as const;
for (const name of [
  'legacyRegistry-noStatus-noExpiry-credName',
  'legacyRegistry-noStatus-noExpiry-credSubjName',
  'legacyRegistry-noStatus- noExpiry-credSubjName',
  'legacyRegistry-noStatus-noExpiry-identityHash',
]) {
  OVERRIDES[`v2/dataIntegrityProof/didKey/${name}.json`] = PROGRAM;
}

const STATUS_FAULTS = new Set(['expiredStatus', 'notYetValidStatus', 'tamperedStatus', 'missingTypeStatus']);
const REVOKED = new Set(['revokedStatus', 'revokedStaus', 'revoked']); // upstream spellings

/** The path relative to `verifiableCredentials/`, e.g. `v2/ed25519/didKey/legacy-noStatus-expired.json`. */
export function expectedVerdict(relativePath: string): Expectation {
  if (/\.(png|svg)$/.test(relativePath)) {
    // Checked in the conformance test: no PNG text chunk, no openbadges element. They are QR codes for wallets.
    return { outcome: 'refused', why: 'the image is a QR code of the credential, not a baked badge: nothing is embedded to verify' };
  }
  const override = OVERRIDES[relativePath];
  if (override) return override;
  const name = relativePath
    .split('/')
    .pop()!
    .replace(/\.json$/, '')
    .replace(/\s+/g, '');
  if (name === 'badDidWeb') {
    return {
      outcome: 'failed',
      check: 'proof',
      why: 'its did:web does not resolve (HTTP 404 upstream): the signing key cannot be found, which is a permanent failure, not a passing network problem',
    };
  }
  const [, status = '', expiry = '', ...variants] = name.split('-');
  if (variants.includes('nonOBWithOBContext'))
    return { outcome: 'not_open_badge', why: 'a plain VerifiableCredential carrying the OB context: not an Open Badge' };
  if (variants.includes('tampered')) return { outcome: 'failed', check: 'proof', why: 'a claim was changed after signing' };
  if (variants.includes('badSchema'))
    return { outcome: 'failed', check: 'format', why: 'it violates its declared credentialSchema (format decides before status)' };
  if (STATUS_FAULTS.has(status))
    return { outcome: 'failed', check: 'status', why: `its status list is faulty (${status.replace(/Status$/, '')}): the status cannot be trusted` };
  if (REVOKED.has(status)) return { outcome: 'revoked', why: 'its status list says revoked (revocation decides before expiry)' };
  if (expiry === 'notYetValid' || variants.includes('notYetValid'))
    return { outcome: 'failed', check: 'validity', code: 'not_yet_valid', why: 'validFrom is in the future' };
  if (expiry === 'expired') return { outcome: 'expired', why: 'past its expiry date' };
  return { outcome: 'verified', why: `${status || 'noStatus'}, ${expiry || 'noExpiry'}: sound` };
}
