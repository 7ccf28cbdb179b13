import { list, str, type Reasons } from './types';

const sources: Record<string, string> = {
  organisation: 'registered on Badgeboard',
  admin: "added by Badgeboard's administrators",
  registry: 'from an issuer registry Badgeboard imported',
};
const domains = (value: unknown) => (list(value).length ? ` (${list(value).join(', ')})` : '');

export const issuerReasons: Reasons = {
  known: (p) =>
    `Known issuer: ${str(p.name)}${domains(p.domains)}, ${sources[str(p.source)] ?? 'in the known-issuer registry'}. Signed with a key of ${str(p.id)}.`,
  unknown: (p) =>
    `Unknown issuer ${str(p.id)}${p.claimedName && p.claimedName !== p.id ? ` — “${str(p.claimedName)}” is the issuer's own claim` : ''}. The signature is theirs, but Badgeboard does not know who they are: judge the issuer yourself.`,
  impersonation: (p) =>
    p.by === 'name'
      ? `Impersonation: signed by ${str(p.id)}, which calls itself “${str(p.claimedName)}”, the name of the known issuer ${str(p.imitatesName)} (${str(p.imitates)}). Only ${str(p.imitates)} can issue as ${str(p.imitatesName)}.`
      : `Impersonation: signed by ${str(p.id)}, but the achievement ${str(p.achievementId)} belongs to the known issuer ${str(p.imitatesName)} (${str(p.imitates)}).`,
  not_bound: (p) => `Signed by ${str(p.signer)}, but the badge names ${str(p.id)} as its issuer.`,
  key_not_listed: (p) =>
    `The signing key ${str(p.key)} is not listed under assertionMethod by its controller ${str(p.controller)}, so it may not sign credentials for them.`,
  wrong_controller: (p) => `The signing key belongs to ${str(p.controller)}, but the badge names ${str(p.id)} as its issuer.`,
  hosted_elsewhere: (p) =>
    `Published at ${str(p.origin, 'an address that is not a web address')}, but the issuer's profile is at ${str(p.allowed, 'no web address')} and allows no other place, so this site cannot vouch for the issuer.`,
  outside_allowed_origins: (p) =>
    `Published at ${str(p.origin, str(p.url))}, which is not among the hosts the issuer's profile allows (${list(p.allowed).join(', ')}).`,
  outside_starts_with: (p) => `Published at ${str(p.url)}, outside the addresses the issuer's profile allows (starting with ${list(p.allowed).join(' or ')}).`,
  hosted_on_issuer_site: (p) => `Published on the issuer's own site (${str(p.origin)}).`,
  profile_key: (p) => `Signed with a key the issuer's profile lists (${str(p.key)}).`,
  profile_key_not_listed: (p) => `Signed with ${str(p.key)}, which the issuer's profile does not list.`,
  no_proof: () => 'Not checked: the proof could not be verified.',
};
