import { createHash } from 'node:crypto';
import type { CheckResult } from '@/server/db/schema';
import type { BadgeFacts } from './facts';

/** What the seeker has proven about themselves, plus the addresses they have not verified yet. */
export type SeekerIdentity = { verifiedEmails: string[]; unverifiedEmails: string[]; dids: string[] };

/** Compares an identity claim (plain, or `sha256$…` / `md5$…` with salt) with a candidate value. */
export function identityMatches(claim: { identity: string; hashed: boolean; salt: string | null }, candidate: string): boolean {
  if (!claim.hashed) return claim.identity.trim().toLowerCase() === candidate.trim().toLowerCase();
  const [algorithm, digest] = claim.identity.includes('$') ? (claim.identity.split('$', 2) as [string, string]) : ['sha256', claim.identity];
  if (algorithm !== 'sha256' && algorithm !== 'md5') return false;
  // Issuers hash the address as issued; try it as given and lower-cased.
  return [candidate, candidate.toLowerCase()].some((value) => createHash(algorithm).update(value + (claim.salt ?? '')).digest('hex') === digest.toLowerCase());
}

/** Is the credential about this seeker? Returns the bound identity when it is. */
export function checkRecipient(facts: BadgeFacts, seeker: SeekerIdentity): { result: CheckResult; bound: string | null } {
  const recipient = facts.recipient;
  const claims: { type: string; identity: string; hashed: boolean; salt: string | null }[] = [];
  if (recipient?.kind === 'ob2') claims.push({ type: recipient.type, identity: recipient.identity, hashed: recipient.hashed, salt: recipient.salt });
  if (recipient?.kind === 'ob3') {
    if (recipient.subjectId) claims.push({ type: 'did', identity: recipient.subjectId, hashed: false, salt: null });
    for (const entry of recipient.identifiers) claims.push({ type: entry.identityType, identity: entry.identityHash, hashed: entry.hashed, salt: entry.salt });
  }
  if (claims.length === 0) return { result: { check: 'recipient', status: 'failed', reason: 'The badge names no recipient, so it cannot be tied to anyone.', code: 'no_recipient' }, bound: null };

  for (const claim of claims) {
    const isEmail = /^(email|emailaddress)$/i.test(claim.type);
    const isDid = claim.type === 'did' || claim.identity.startsWith('did:');
    if (isEmail) {
      const verified = seeker.verifiedEmails.find((email) => identityMatches(claim, email));
      if (verified) return { result: { check: 'recipient', status: 'ok', reason: `Issued to ${verified}, a verified address of yours.` }, bound: `email:${verified.toLowerCase()}` };
      const unverified = seeker.unverifiedEmails.find((email) => identityMatches(claim, email));
      if (unverified) {
        return {
          result: { check: 'recipient', status: 'skipped', reason: `Issued to ${unverified}: verify that address to prove the badge is yours.`, code: 'unverified_identity' },
          bound: null,
        };
      }
    }
    if (isDid && seeker.dids.includes(claim.identity)) return { result: { check: 'recipient', status: 'ok', reason: `Issued to ${claim.identity}, a DID you control.` }, bound: `did:${claim.identity}` };
  }
  const what = claims.some((claim) => /email/i.test(claim.type)) ? 'an email address' : 'an identifier';
  return {
    result: { check: 'recipient', status: 'failed', reason: `Issued to ${what} that is not one of yours. Add and verify the address the badge was issued to.`, code: 'other_recipient' },
    bound: null,
  };
}
