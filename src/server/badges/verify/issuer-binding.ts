import { checkResult, type CheckResult } from '@/lib/verification/model';
import type { Signer } from './check-proof';
import type { BadgeFacts } from './facts';

const origin = (url: string | null): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

const fail = (code: string, params: CheckResult['params']) => checkResult('issuer', 'failed', code, params);

/** A key's controller must be the issuer named in the credential (and list the key for assertions, when known). */
function keyBinding(facts: BadgeFacts, signer: Extract<Signer, { kind: 'key' }>): CheckResult | null {
  const issuer = facts.issuer.id;
  if (signer.controller !== issuer) return fail('wrong_controller', { controller: signer.controller, id: issuer, key: signer.verificationMethod });
  if (signer.purposes && !signer.purposes.includes('assertionMethod')) return fail('key_not_listed', { key: signer.verificationMethod, controller: signer.controller });
  return null;
}

/** OB 2.0: hosted on the issuer's own origin, or signed with a key its profile lists. */
function ob2Binding(facts: BadgeFacts, signer: Exclude<Signer, { kind: 'key' }>): CheckResult | null {
  if (signer.kind === 'ob2-hosted') {
    const issuerOrigin = origin(facts.issuer.url) ?? origin(facts.issuer.id);
    return origin(signer.url) === issuerOrigin ? null : fail('hosted_elsewhere', { origin: origin(signer.url), allowed: issuerOrigin });
  }
  return facts.ob2?.publicKeys.includes(signer.keyUrl) ? null : fail('profile_key_not_listed', { key: signer.keyUrl });
}

/** Does the key (or hosting place) that vouches for the credential belong to the issuer it names? null when it does. */
export function issuerBindingProblem(facts: BadgeFacts, signer: Signer): CheckResult | null {
  return signer.kind === 'key' ? keyBinding(facts, signer) : ob2Binding(facts, signer);
}
