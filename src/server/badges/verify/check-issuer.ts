import type { CheckResult } from '@/server/db/schema';
import type { Signer } from './check-proof';
import type { BadgeFacts } from './facts';

const origin = (url: string | null): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

function binding(facts: BadgeFacts, signer: Signer): { bound: boolean; reason: string } {
  const issuer = facts.issuer.id;
  if (signer.kind === 'did') {
    const controller = signer.verificationMethod.split('#')[0];
    return controller === issuer
      ? { bound: true, reason: `Signed with a key of ${issuer}.` }
      : { bound: false, reason: `Signed by ${controller}, but the badge names ${issuer} as its issuer.` };
  }
  if (signer.kind === 'ob2-hosted') {
    const issuerOrigin = origin(facts.issuer.url) ?? origin(facts.issuer.id);
    return origin(signer.url) === issuerOrigin
      ? { bound: true, reason: `Published on the issuer's own site (${issuerOrigin}).` }
      : { bound: false, reason: `Published at ${origin(signer.url)}, which is not the issuer's site (${issuerOrigin}).` };
  }
  return facts.ob2?.publicKeys.includes(signer.keyUrl)
    ? { bound: true, reason: `Signed with a key the issuer's profile lists (${signer.keyUrl}).` }
    : { bound: false, reason: `Signed with ${signer.keyUrl}, which the issuer's profile does not list.` };
}

/** Does the signing key belong to the named issuer, and is that issuer on Badgeboard's trusted list? */
export function checkIssuer(facts: BadgeFacts, signer: Signer | null, trusted: boolean): CheckResult {
  if (!signer) return { check: 'issuer', status: 'skipped', reason: 'Not checked: the proof could not be verified.', code: 'no_proof' };
  const { bound, reason } = binding(facts, signer);
  if (!bound) return { check: 'issuer', status: 'failed', reason, code: 'not_bound' };
  return trusted
    ? { check: 'issuer', status: 'ok', reason: `${reason} ${facts.issuer.name} is on Badgeboard's trusted issuer list.` }
    : { check: 'issuer', status: 'warning', reason: `${reason} ${facts.issuer.name} is not on Badgeboard's trusted issuer list: judge the issuer yourself.`, code: 'untrusted' };
}
