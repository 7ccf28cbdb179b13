import { gunzipSync } from 'node:zlib';
import type { CheckResult } from '@/server/db/schema';
import { fetchJson } from '@/server/net/safe-fetch';
import { verifyDataIntegrity } from './data-integrity';
import type { BadgeFacts, StatusEntry } from './facts';

const STATUS_TTL_MS = 5 * 60_000;
const isNetwork = (error: unknown) => (error as { name?: string })?.name === 'FetchRefusedError';

/** Bit `index` of a GZIP-compressed bitstring (bit 0 is the most significant bit of the first byte). */
export function readStatusBit(encodedList: string, index: number): boolean {
  // BitstringStatusList uses multibase base64url ("u…"); StatusList2021 plain base64url.
  const base64 = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
  const bits = gunzipSync(Buffer.from(base64, 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  const byte = bits[Math.floor(index / 8)];
  if (byte === undefined) throw new Error(`index ${index} is beyond the end of the status list`);
  return ((byte >> (7 - (index % 8))) & 1) === 1;
}

async function checkStatusEntry(entry: StatusEntry, issuerId: string): Promise<CheckResult | null> {
  if (!/^(BitstringStatusListEntry|StatusList2021Entry)$/.test(entry.type)) {
    return { check: 'status', status: 'warning', reason: `The issuer uses a status method Badgeboard does not read (${entry.type}).`, code: 'unsupported' };
  }
  const value = await fetchJson(entry.listUrl, { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, cacheTtlMs: STATUS_TTL_MS });
  const list = value as Record<string, unknown>;
  const listIssuer = typeof list.issuer === 'string' ? list.issuer : (list.issuer as { id?: string } | undefined)?.id;
  if (listIssuer !== issuerId) return { check: 'status', status: 'failed', reason: `The status list at ${entry.listUrl} was not published by the badge's issuer.`, code: 'foreign_list' };
  const proof = await verifyDataIntegrity(list, (list.validFrom ?? list.issuanceDate ?? null) as string | null);
  if (!proof.verified) return { check: 'status', status: 'failed', reason: `The status list at ${entry.listUrl} has an invalid proof (${proof.message}).`, code: 'bad_list' };
  const encoded = (list.credentialSubject as { encodedList?: string } | undefined)?.encodedList;
  if (!encoded) return { check: 'status', status: 'failed', reason: `The status list at ${entry.listUrl} holds no encodedList.`, code: 'bad_list' };
  if (!readStatusBit(encoded, entry.index)) return null;
  return entry.purpose === 'suspension'
    ? { check: 'status', status: 'failed', reason: 'Suspended by the issuer (their status list marks it suspended).', code: 'suspended' }
    : { check: 'status', status: 'failed', reason: 'Revoked by the issuer (their status list marks it revoked).', code: 'revoked' };
}

async function checkOb2Revocation(facts: BadgeFacts): Promise<CheckResult | null> {
  const ob2 = facts.ob2!;
  if (ob2.revoked) return { check: 'status', status: 'failed', reason: `Revoked by the issuer${ob2.revocationReason ? `: ${ob2.revocationReason}` : '.'}`, code: 'revoked' };
  if (!ob2.revocationList) return null;
  const value = await fetchJson(ob2.revocationList, { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, cacheTtlMs: STATUS_TTL_MS });
  const revoked = ((value as { revokedAssertions?: unknown[] }).revokedAssertions ?? []).map((item) =>
    typeof item === 'string' ? { id: item, reason: null } : { id: String((item as { id?: string; uid?: string }).id ?? (item as { uid?: string }).uid), reason: (item as { revocationReason?: string }).revocationReason ?? null },
  );
  const hit = revoked.find((item) => item.id === ob2.assertionId);
  return hit ? { check: 'status', status: 'failed', reason: `Revoked by the issuer${hit.reason ? `: ${hit.reason}` : '.'}`, code: 'revoked' } : null;
}

/** Has the issuer revoked or suspended it? (BitstringStatusList, StatusList2021, OB 2.0 revocation list.) */
export async function checkStatus(facts: BadgeFacts): Promise<CheckResult> {
  try {
    if (facts.format === 'ob2') {
      const problem = await checkOb2Revocation(facts);
      if (problem) return problem;
      return facts.ob2!.revocationList
        ? { check: 'status', status: 'ok', reason: "Not on the issuer's revocation list." }
        : { check: 'status', status: 'skipped', reason: 'The issuer publishes no revocation list; nothing to check.', code: 'not_applicable' };
    }
    if (facts.status.length === 0) return { check: 'status', status: 'skipped', reason: 'The issuer publishes no revocation status for this badge; nothing to check.', code: 'not_applicable' };
    for (const entry of facts.status) {
      const problem = await checkStatusEntry(entry, facts.issuer.id);
      if (problem) return problem;
    }
    return { check: 'status', status: 'ok', reason: "Neither revoked nor suspended on the issuer's status list." };
  } catch (error) {
    if (isNetwork(error)) return { check: 'status', status: 'skipped', reason: `The issuer's status list could not be fetched (${(error as Error).message}). Badgeboard will try again.`, code: 'network' };
    return { check: 'status', status: 'failed', reason: `The issuer's status list could not be read: ${(error as Error).message}`, code: 'bad_list' };
  }
}
