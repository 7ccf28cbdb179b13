import 'server-only';
import { checkResult, type CheckResult, type IssuerTrust } from '@/lib/verification/model';
import type { IssuerRegistry, KnownIssuer } from '@/server/issuers/issuer-registry';
import type { Signer } from './check-proof';
import type { BadgeFacts } from './facts';
import { issuerBindingProblem } from './issuer-binding';

export type IssuerCheck = { result: CheckResult; trust: IssuerTrust };

/** Who the issuer is as far as the registry knows: an issuer is its id; its name in the credential is a claim. */
export async function issuerTrust(facts: BadgeFacts, registry: IssuerRegistry): Promise<IssuerTrust & { entry: KnownIssuer | null }> {
  const entry = await registry.find(facts.issuer.id);
  return {
    id: facts.issuer.id,
    claimedName: facts.issuer.name,
    known: Boolean(entry),
    knownName: entry?.name ?? null,
    domains: entry?.domains ?? [],
    source: entry?.source ?? null,
    entry,
  };
}

/** A known issuer other than this one whose name this issuer claims, or whose achievement id it uses. */
async function impersonated(facts: BadgeFacts, registry: IssuerRegistry): Promise<CheckResult | null> {
  const id = facts.issuer.id;
  const [byName] = (await registry.findByName(facts.issuer.name)).filter((other) => other.issuerId !== id);
  if (byName)
    return checkResult('issuer', 'failed', 'impersonation', {
      by: 'name',
      id,
      claimedName: facts.issuer.name,
      imitates: byName.issuerId,
      imitatesName: byName.name,
    });
  const [owner] = (await registry.achievementOwners(facts.achievement.id)).filter((other) => other.issuerId !== id);
  if (owner)
    return checkResult('issuer', 'failed', 'impersonation', {
      by: 'achievement',
      id,
      achievementId: facts.achievement.id,
      imitates: owner.issuerId,
      imitatesName: owner.name,
    });
  return null;
}

/**
 * The issuer check: the key that signed belongs to the issuer the credential names; that issuer does not
 * pass itself off as a known one; and whether Badgeboard knows it (ok) or not (a warning: verified, issuer unknown).
 */
export async function checkIssuer(facts: BadgeFacts, signer: Signer | null, registry: IssuerRegistry): Promise<IssuerCheck> {
  const { entry, ...trust } = await issuerTrust(facts, registry);
  if (!signer) return { result: checkResult('issuer', 'skipped', 'no_proof'), trust };
  const problem = issuerBindingProblem(facts, signer) ?? (await impersonated(facts, registry));
  if (problem) return { result: problem, trust };
  return { result: issuerStanding(facts, entry), trust };
}

/** Known or unknown, for an issuer whose binding holds. */
export function issuerStanding(facts: BadgeFacts, entry: KnownIssuer | null): CheckResult {
  return entry
    ? checkResult('issuer', 'ok', 'known', { id: entry.issuerId, name: entry.name, domains: entry.domains, source: entry.source })
    : checkResult('issuer', 'warning', 'unknown', { id: facts.issuer.id, claimedName: facts.issuer.name });
}

/** Issuer results that mean the key was bound to the issuer (so a re-check only needs the registry part again). */
export const BOUND_ISSUER_CODES: ReadonlySet<string> = new Set(['known', 'unknown', 'impersonation']);

/** Re-check of the registry part for a binding established earlier. */
export async function recheckIssuerStanding(facts: BadgeFacts, registry: IssuerRegistry): Promise<IssuerCheck> {
  const { entry, ...trust } = await issuerTrust(facts, registry);
  return { result: (await impersonated(facts, registry)) ?? issuerStanding(facts, entry), trust };
}
