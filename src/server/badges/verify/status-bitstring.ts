import 'server-only';
import type { CheckNote } from '@/lib/verification/model';
import { controllerIsIssuer } from './controller-is-issuer';
import { verifyDataIntegrity } from './data-integrity';
import type { StatusEntry } from './facts';
import { BitstringDecodeError, expandStatusBits, readStatusValue } from './read-status-bits';
import { readStatusEntry, type ListEntry } from './read-status-entry';
import { directStatusLists, type StatusLists } from './status-lists';
import { statusOutcome, type StatusOutcome } from './status-outcome';

type JsonObject = Record<string, unknown>;

/** The two bitstring methods: the W3C Recommendation and the Community Group draft it grew from. */
const METHODS = {
  BitstringStatusListEntry: { credentialType: 'BitstringStatusListCredential', subjectType: 'BitstringStatusList', multibase: 'required', sizes: 'any' },
  StatusList2021Entry: { credentialType: 'StatusList2021Credential', subjectType: 'StatusList2021', multibase: 'allowed', sizes: 'one' },
} as const;
export type BitstringEntryType = keyof typeof METHODS;
export const isBitstringEntryType = (type: string): type is BitstringEntryType => Object.hasOwn(METHODS, type);

/**
 * Bitstring Status List validation: "Let minimumNumberOfEntries be 131,072 unless a different lower bound is
 * established by a specific ecosystem specification", and the data model says "The uncompressed bitstring
 * MUST be at least 16KB in size". This is a requirement on the publisher, there for herd privacy: a shorter
 * list still states each entry's status correctly. Real Open Badges lists (the Digital Credentials
 * Consortium's, 100,000 entries) are shorter, so a short list is a warning (`list_too_short`), not a failure.
 */
const MIN_ENTRIES = 131_072;

const typesOf = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((t): t is string => typeof t === 'string');
const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof (value as JsonObject | undefined)?.id === 'string' ? ((value as JsonObject).id as string) : null;
const sameParty = (a: string, b: string) => a === b || controllerIsIssuer(a, b) || controllerIsIssuer(b, a);

/** The list credential's own validity window (VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate). */
function windowProblem(list: JsonObject, url: string, now: Date): StatusOutcome | null {
  const from = (list.validFrom ?? list.issuanceDate) as unknown;
  const until = (list.validUntil ?? list.expirationDate) as unknown;
  for (const value of [from, until]) {
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
      return statusOutcome('failed', 'bad_list', { url, problem: 'bad_date' });
  }
  if (typeof from === 'string' && Date.parse(from) > now.getTime()) return statusOutcome('failed', 'list_not_yet_valid', { url, validFrom: from });
  if (typeof until === 'string' && Date.parse(until) < now.getTime()) return statusOutcome('failed', 'list_expired', { url, validUntil: until });
  return null;
}

/** Its proof verifies, by a key its stated issuer controls and lists for assertions ("ensure that all proofs verify"). */
async function proofProblem(list: JsonObject, listIssuer: string, url: string): Promise<StatusOutcome | null> {
  if (!list.proof) return statusOutcome('failed', 'list_unsigned', { url });
  // Judged at a moment inside the list's window: the window is checked on its own, against `now`.
  const proof = await verifyDataIntegrity(list, (list.validFrom ?? list.issuanceDate ?? null) as string | null);
  if (!proof.verified) {
    if (proof.network) return statusOutcome('skipped', 'network', { url, detail: proof.message });
    return statusOutcome('failed', 'list_invalid_proof', { url, reason: proof.code });
  }
  if (!controllerIsIssuer(proof.key.controller, listIssuer) || !proof.key.purposes.includes('assertionMethod')) {
    return statusOutcome('failed', 'list_wrong_signer', { url, listIssuer, controller: proof.key.controller });
  }
  return null;
}

/** What the value read means for the entry's purpose. */
function valueOutcome(entry: ListEntry, value: number, notes: CheckNote[]): StatusOutcome {
  const hex = `0x${value.toString(16)}`;
  const message = entry.messages?.find((m) => m.status === value)?.message ?? null;
  // "If status is 0, set the valid key in result to true; otherwise, set it to false."
  if (entry.purpose === 'revocation' && value !== 0) return statusOutcome('failed', 'revoked', { url: entry.listUrl, status: hex }, notes);
  if (entry.purpose === 'suspension' && value !== 0) return statusOutcome('failed', 'suspended', { url: entry.listUrl, status: hex }, notes);
  if (entry.purpose === 'message') {
    // Without statusMessage, "the message values associated with the status bit values of 1 and 0 are 'set' and 'unset'".
    notes.push({ code: 'status_message', params: { status: hex, message: message ?? (value === 0 ? 'unset' : 'set') } });
  } else if (value !== 0 && entry.purpose !== 'revocation' && entry.purpose !== 'suspension') {
    notes.push({ code: 'status_set', params: { purpose: entry.purpose, status: hex, message } });
  }
  return statusOutcome('ok', 'not_revoked', { url: entry.listUrl }, notes);
}

/**
 * One BitstringStatusListEntry or StatusList2021Entry, by the Bitstring Status List validation algorithm:
 * dereference the list, verify its proofs, check its type and validity window, match the purpose, expand the
 * bitstring, check its length, read the entry's status.
 */
export async function checkBitstringEntry(
  raw: StatusEntry & { type: BitstringEntryType },
  credentialIssuer: string,
  now: Date,
  lists: StatusLists = directStatusLists,
): Promise<StatusOutcome> {
  const method = METHODS[raw.type];
  const entry = readStatusEntry(raw, method.sizes);
  if ('code' in entry) return entry;
  const url = entry.listUrl;
  const notes = [...entry.notes];

  const fetched = await lists.document(url);
  if (fetched.outcome) return fetched.outcome;
  const list = fetched.document;
  const listIssuer = idOf(list.issuer);
  if (!listIssuer) return statusOutcome('failed', 'bad_list', { url, problem: 'no_issuer' });

  const unproven = await lists.proof(list, () => proofProblem(list, listIssuer, url));
  if (unproven) return unproven;
  const outOfWindow = windowProblem(list, url, now);
  if (outOfWindow) return outOfWindow;

  const subject = ([] as unknown[]).concat(list.credentialSubject ?? [])[0] as JsonObject | undefined;
  if (!typesOf(list.type).includes(method.credentialType))
    return statusOutcome('failed', 'list_wrong_type', { url, expected: method.credentialType, found: typesOf(list.type) });
  if (!subject || !typesOf(subject.type).includes(method.subjectType))
    return statusOutcome('failed', 'list_wrong_type', { url, expected: method.subjectType, found: typesOf(subject?.type) });

  // "Verify that the status purpose is equal to a statusPurpose value in the statusListCredential."
  const listPurposes = typesOf(subject.statusPurpose);
  if (!listPurposes.includes(entry.purpose)) return statusOutcome('failed', 'purpose_mismatch', { url, purpose: entry.purpose, listPurposes });

  // The spec allows another party to keep the status list; Badgeboard reads it and says so.
  if (!sameParty(listIssuer, credentialIssuer)) notes.push({ code: 'foreign_list', params: { url, listIssuer } });

  if (typeof subject.encodedList !== 'string') return statusOutcome('failed', 'bad_list', { url, problem: 'no_encoded_list' });
  let bits: Buffer;
  try {
    const encodedList = subject.encodedList;
    bits = lists.bits(list, method.multibase, () => expandStatusBits(encodedList, method.multibase));
  } catch (error) {
    if (error instanceof BitstringDecodeError) return statusOutcome('failed', 'bad_list', { url, problem: error.problem });
    throw error;
  }
  const entries = Math.floor((bits.length * 8) / entry.size);
  if (entries < MIN_ENTRIES) notes.push({ code: 'list_too_short', params: { url, entries, minimum: MIN_ENTRIES } });

  const value = readStatusValue(bits, entry.index, entry.size);
  // "If the credentialIndex multiplied by the size is a value outside of the range of the bitstring, a RANGE_ERROR MUST be raised."
  if (value === null) return statusOutcome('failed', 'index_out_of_range', { url, index: entry.indexText, entries }, notes);
  return valueOutcome(entry, value, notes);
}
