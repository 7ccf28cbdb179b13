import 'server-only';
import { checkResult, type CheckResult } from '@/lib/verification/model';
import type { Signer } from './check-proof';
import { controllerIsIssuer } from './controller-is-issuer';
import type { BadgeFacts } from './facts';

const fail = (code: string, params: CheckResult['params']) => checkResult('issuer', 'failed', code, params);

/**
 * A key's controller must be the issuer named in the credential (or the did:web of the issuer's https id),
 * and its controller document must list it under assertionMethod (when the proof check could read it).
 */
function keyBinding(facts: BadgeFacts, signer: Extract<Signer, { kind: 'key' }>): CheckResult | null {
  const issuer = facts.issuer.id;
  if (!controllerIsIssuer(signer.controller, issuer))
    return fail('wrong_controller', { controller: signer.controller, id: issuer, key: signer.verificationMethod });
  if (signer.purposes && !signer.purposes.includes('assertionMethod'))
    return fail('key_not_listed', { key: signer.verificationMethod, controller: signer.controller });
  return null;
}

const withoutScheme = (url: string) => url.trim().replace(/^https?:\/\//i, '');
const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
};

/**
 * OB 2.0 hosted verification scope: the assertion id must lie where the issuer Profile's VerificationObject allows —
 * `startsWith` (id prefixes) and `allowedOrigins` (host names) when it states them, else the host of the Profile id.
 * Hosts are compared, not schemes: an http copy of an https issuer's assertion is the same place.
 */
function hostedScopeProblem(facts: BadgeFacts, url: string): CheckResult | null {
  const policy = facts.ob2?.hostingPolicy ?? null;
  const host = hostOf(url);
  if (policy?.startsWith.length && !policy.startsWith.some((prefix) => withoutScheme(url).startsWith(withoutScheme(prefix)))) {
    return fail('outside_starts_with', { url, allowed: policy.startsWith });
  }
  if (policy?.allowedOrigins.length) {
    // An allowed origin is a host name (RFC 3986 reg-name); tolerate issuers who wrote a port or a whole origin.
    const allowed = policy.allowedOrigins.map((entry) => withoutScheme(entry).replace(/\/.*$/, '').toLowerCase());
    const hostname = host?.replace(/:\d+$/, '') ?? null;
    if (!allowed.some((entry) => entry === host || entry === hostname))
      return fail('outside_allowed_origins', { url, origin: host, allowed: policy.allowedOrigins });
  }
  if (policy) return null;
  const issuerHost = hostOf(facts.issuer.id);
  return host && host === issuerHost ? null : fail('hosted_elsewhere', { origin: host, allowed: issuerHost });
}

/** OB 2.0: hosted within the scope the issuer Profile allows, or signed with a key its published Profile lists. */
function ob2Binding(facts: BadgeFacts, signer: Exclude<Signer, { kind: 'key' }>): CheckResult | null {
  if (signer.kind === 'ob2-hosted') return hostedScopeProblem(facts, signer.url);
  return facts.ob2?.publicKeys.includes(signer.keyUrl) ? null : fail('profile_key_not_listed', { key: signer.keyUrl });
}

/** Does the key (or hosting place) that vouches for the credential belong to the issuer it names? null when it does. */
export function issuerBindingProblem(facts: BadgeFacts, signer: Signer): CheckResult | null {
  return signer.kind === 'key' ? keyBinding(facts, signer) : ob2Binding(facts, signer);
}
