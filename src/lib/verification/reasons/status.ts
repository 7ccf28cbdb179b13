import { detail, str, type Reasons } from './types';

export const statusReasons: Reasons = {
  not_revoked: () => "Neither revoked nor suspended on the issuer's status list.",
  not_on_revocation_list: () => "Not on the issuer's revocation list.",
  not_applicable: () => 'The issuer publishes no revocation status for this badge; nothing to check.',
  revoked: (p) => `Revoked by the issuer${p.reason ? `: ${str(p.reason)}` : '.'}`,
  suspended: () => 'Suspended by the issuer (their status list marks it suspended).',
  foreign_list: (p) => `The status list at ${str(p.url)} was not published by the badge's issuer.`,
  bad_list: (p) => `The issuer's status list${p.url ? ` at ${str(p.url)}` : ''} could not be used${detail(p)}.`,
  unsupported: (p) => `The issuer uses a status method Badgeboard does not read (${str(p.type)}).`,
  network: (p) => `The issuer's status list could not be fetched${p.url ? ` from ${str(p.url)}` : ''}${detail(p)}. Badgeboard will try again.`,
  no_proof_ok: () => 'Not checked: the proof failed, so the status list cannot speak for this copy.',
};
