import { detail, list, str, type Reasons } from './types';

const at = (p: Record<string, unknown>) => (p.url ? ` at ${str(p.url)}` : '');

/** What is wrong with a list document, by the `problem` the status check reports. */
const LIST_PROBLEMS: Record<string, string> = {
  not_object: 'it is not a JSON document',
  no_issuer: 'it names no issuer',
  bad_date: 'its validity dates are not dates',
  no_encoded_list: 'it holds no encodedList',
  encoding: 'its encodedList is not base64url (a Bitstring Status List must be multibase, starting with "u")',
  not_gzip: 'its encodedList is not GZIP-compressed',
  too_large: 'its encodedList expands to more than 16 MB',
  not_a_list: 'its list of revoked credentials is not a list',
  unreadable: 'it could not be read',
};

/** What is wrong with a credentialStatus entry, by field and problem. */
const ENTRY_PROBLEMS: Record<string, string> = {
  missing: 'is missing',
  not_integer: 'must be a whole number of 0 or more, written as a string',
  not_positive_integer: 'must be a whole number greater than 0',
  wrong_length: 'must list one message for each possible status value',
  bad_item: 'must give each message a "status" (hexadecimal, 0x…) and a "message"',
};

const UNAVAILABLE: Record<string, string> = {
  status: 'answered with an error',
  scheme: 'is not a web address Badgeboard can fetch',
  address: 'is a private or local address Badgeboard does not fetch',
  content_type: 'did not answer with a JSON document',
  too_large: 'sent more than Badgeboard reads',
  redirects: 'redirected too many times',
};

const unavailable = (p: Record<string, unknown>) => {
  const why = UNAVAILABLE[str(p.reason)] ?? 'could not be fetched';
  return `${why}${p.httpStatus ? ` (HTTP ${str(p.httpStatus)})` : ''}`;
};

export const statusReasons: Reasons = {
  not_revoked: () => "Neither revoked nor suspended on the issuer's status list.",
  not_on_revocation_list: () => "Not on the issuer's revocation list.",
  not_applicable: () => 'The issuer publishes no revocation status for this badge; nothing to check.',
  revoked: (p) => `Revoked by the issuer${p.reason ? `: ${str(p.reason)}` : '.'}`,
  suspended: () => 'Suspended by the issuer (their status list marks it suspended). It may be reinstated; check again later or ask the issuer.',
  unsupported: (p) => `The issuer uses a status method Badgeboard does not read (${str(p.type)}), so revocation was not checked.`,
  unsupported_status_size: (p) =>
    `The status entry uses ${str(p.size)} bits per status; Badgeboard reads at most ${str(p.max)}, so revocation was not checked.`,
  network: (p) => `The issuer's status list could not be fetched${p.url ? ` from ${str(p.url)}` : ''}${detail(p)}. Badgeboard will try again.`,
  no_proof_ok: () => 'Not checked: the proof failed, so the status list cannot speak for this copy.',
  // The status list itself is unusable: the badge's status cannot be known. The issuer must fix the list.
  list_unavailable: (p) => `The issuer's status list${at(p)} ${unavailable(p)}, so the badge's status cannot be known. Ask the issuer to publish it.`,
  bad_list: (p) => `The issuer's status list${at(p)} could not be used: ${LIST_PROBLEMS[str(p.problem)] ?? 'it is malformed'}${detail(p)}.`,
  list_unsigned: (p) => `The status list${at(p)} carries no proof, so anyone could have written it. Ask the issuer to sign it.`,
  list_invalid_proof: (p) =>
    `The status list${at(p)} was changed after it was signed, or its signature cannot be checked (${str(p.reason, 'invalid proof')}): it cannot be trusted.`,
  list_wrong_signer: (p) =>
    `The status list${at(p)} claims to be from ${str(p.listIssuer)} but was signed with a key of ${str(p.controller)}: it cannot be trusted.`,
  list_expired: (p) => `The status list${at(p)} expired on ${str(p.validUntil)}; the issuer has not published a current one.`,
  list_not_yet_valid: (p) => `The status list${at(p)} is not valid until ${str(p.validFrom)}.`,
  list_wrong_type: (p) =>
    `The document${at(p)} is not a status list: its type must include ${str(p.expected)}${list(p.found).length ? ` (it says ${list(p.found).join(', ')})` : ''}.`,
  purpose_mismatch: (p) =>
    `The badge's status entry is for ${str(p.purpose)}, but the list${at(p)} records ${list(p.listPurposes).join(', ') || 'no purpose'}: it cannot tell this badge's ${str(p.purpose)} status.`,
  index_out_of_range: (p) => `The badge's position ${str(p.index)} is beyond the end of the status list${at(p)} (${str(p.entries)} entries).`,
  malformed_entry: (p) => `The badge's credentialStatus ${str(p.field)} ${ENTRY_PROBLEMS[str(p.problem)] ?? 'is malformed'}, so its status cannot be read.`,
  // 1EdTech Revocation List
  revocation_list_unavailable: (p) => `The issuer's revocation list${at(p)} ${unavailable(p)}; revocation could not be checked.`,
  no_credential_id: () => 'The badge has no id, so the issuer’s revocation list cannot name it; revocation could not be checked.',
  // Notes
  foreign_list: (p) =>
    `The status list${at(p)} is kept by ${str(p.listIssuer, 'another party')}, not by the badge's issuer (the specification allows it); Badgeboard relies on it.`,
  list_too_short: (p) =>
    `The status list${at(p)} has ${str(p.entries)} entries; the Bitstring Status List specification asks for at least ${str(p.minimum)}, so that one badge's status cannot be singled out.`,
  index_not_string: (p) => `The status entry gives its position (${str(p.index)}) as a number; the specification asks for a string.`,
  status_message: (p) => `The issuer's status list gives this badge the status ${str(p.status)} ("${str(p.message)}").`,
  status_set: (p) => `The issuer's status list marks this badge for "${str(p.purpose)}" (status ${str(p.status)}${p.message ? `, "${str(p.message)}"` : ''}).`,
};
