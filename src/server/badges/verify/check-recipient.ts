import 'server-only';
import { createHash } from 'node:crypto';
import { checkResult, type CheckResult } from '@/lib/verification/model';
import type { BadgeFacts } from './facts';

/** What the seeker has proven about themselves, plus the addresses they have not verified yet. */
export type SeekerIdentity = { verifiedEmails: string[]; unverifiedEmails: string[]; dids: string[] };

/** Compares an identity claim (plain, or `sha256$…` / `md5$…` with salt) with a candidate value. */
export function identityMatches(claim: { identity: string; hashed: boolean; salt: string | null }, candidate: string): boolean {
  if (!claim.hashed) return claim.identity.trim().toLowerCase() === candidate.trim().toLowerCase();
  const [algorithm, digest] = claim.identity.includes('$') ? (claim.identity.split('$', 2) as [string, string]) : ['sha256', claim.identity];
  if (algorithm !== 'sha256' && algorithm !== 'md5') return false;
  // Issuers hash the address as issued; try it as given and lower-cased.
  return [candidate, candidate.toLowerCase()].some(
    (value) =>
      createHash(algorithm)
        .update(value + (claim.salt ?? ''))
        .digest('hex') === digest.toLowerCase(),
  );
}

type Claim = { type: string; identity: string; hashed: boolean; salt: string | null };

export function recipientClaims(facts: BadgeFacts): Claim[] {
  const recipient = facts.recipient;
  const claims: Claim[] = [];
  if (recipient?.kind === 'ob2') claims.push({ type: recipient.type, identity: recipient.identity, hashed: recipient.hashed, salt: recipient.salt });
  if (recipient?.kind === 'ob3') {
    if (recipient.subjectId) claims.push({ type: 'did', identity: recipient.subjectId, hashed: false, salt: null });
    for (const entry of recipient.identifiers) claims.push({ type: entry.identityType, identity: entry.identityHash, hashed: entry.hashed, salt: entry.salt });
  }
  return claims;
}

const isEmailClaim = (claim: Claim) => /^(email|emailaddress)$/i.test(claim.type);
const isDidClaim = (claim: Claim) => claim.type === 'did' || claim.identity.startsWith('did:');

/**
 * Is the credential about this seeker? Returns the bound identity when it is. Without a seeker (support
 * staff verifying a file), the check is skipped and does not decide the state.
 */
export function checkRecipient(facts: BadgeFacts, seeker: SeekerIdentity | null): { result: CheckResult; bound: string | null } {
  const claims = recipientClaims(facts);
  if (!seeker) {
    const names = claims.filter((claim) => !claim.hashed).map((claim) => claim.identity);
    return { result: checkResult('recipient', 'skipped', 'not_checked', { names: names.length ? names.join(', ') : null }), bound: null };
  }
  if (claims.length === 0) return { result: checkResult('recipient', 'failed', 'no_recipient'), bound: null };
  for (const claim of claims) {
    if (isEmailClaim(claim)) {
      const verified = seeker.verifiedEmails.find((email) => identityMatches(claim, email));
      if (verified) return { result: checkResult('recipient', 'ok', 'bound', { kind: 'email', identity: verified }), bound: `email:${verified.toLowerCase()}` };
      const unverified = seeker.unverifiedEmails.find((email) => identityMatches(claim, email));
      if (unverified) return { result: checkResult('recipient', 'skipped', 'unverified_identity', { kind: 'email', identity: unverified }), bound: null };
    }
    if (isDidClaim(claim) && seeker.dids.includes(claim.identity))
      return { result: checkResult('recipient', 'ok', 'bound', { kind: 'did', identity: claim.identity }), bound: `did:${claim.identity}` };
  }
  return { result: checkResult('recipient', 'failed', 'other_recipient', { kind: claims.some(isEmailClaim) ? 'email' : 'identifier' }), bound: null };
}
