import { gunzipSync } from 'node:zlib';
import { checkResult, type CheckResult } from '@/lib/verification/model';
import { isNetworkError } from './proof-result';
import { fetchJson } from '@/server/net/safe-fetch';
import { verifyDataIntegrity } from './data-integrity';
import type { BadgeFacts, StatusEntry } from './facts';

const STATUS_TTL_MS = 5 * 60_000;

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
    return checkResult('status', 'warning', 'unsupported', { type: entry.type });
  }
  const value = await fetchJson(entry.listUrl, { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, cacheTtlMs: STATUS_TTL_MS });
  const list = value as Record<string, unknown>;
  const listIssuer = typeof list.issuer === 'string' ? list.issuer : (list.issuer as { id?: string } | undefined)?.id;
  if (listIssuer !== issuerId) return checkResult('status', 'failed', 'foreign_list', { url: entry.listUrl });
  const proof = await verifyDataIntegrity(list, (list.validFrom ?? list.issuanceDate ?? null) as string | null);
  if (!proof.verified) return checkResult('status', 'failed', 'bad_list', { url: entry.listUrl, detail: proof.message });
  const encoded = (list.credentialSubject as { encodedList?: string } | undefined)?.encodedList;
  if (!encoded) return checkResult('status', 'failed', 'bad_list', { url: entry.listUrl, detail: 'it holds no encodedList' });
  if (!readStatusBit(encoded, entry.index)) return null;
  return entry.purpose === 'suspension'
    ? checkResult('status', 'failed', 'suspended')
    : checkResult('status', 'failed', 'revoked');
}

async function checkOb2Revocation(facts: BadgeFacts): Promise<CheckResult | null> {
  const ob2 = facts.ob2!;
  if (ob2.revoked) return checkResult('status', 'failed', 'revoked', { reason: ob2.revocationReason });
  if (!ob2.revocationList) return null;
  const value = await fetchJson(ob2.revocationList, { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, cacheTtlMs: STATUS_TTL_MS });
  const revoked = ((value as { revokedAssertions?: unknown[] }).revokedAssertions ?? []).map((item) =>
    typeof item === 'string' ? { id: item, reason: null } : { id: String((item as { id?: string; uid?: string }).id ?? (item as { uid?: string }).uid), reason: (item as { revocationReason?: string }).revocationReason ?? null },
  );
  const hit = revoked.find((item) => item.id === ob2.assertionId);
  return hit ? checkResult('status', 'failed', 'revoked', { reason: hit.reason }) : null;
}

/** Has the issuer revoked or suspended it? (BitstringStatusList, StatusList2021, OB 2.0 revocation list.) */
export async function checkStatus(facts: BadgeFacts): Promise<CheckResult> {
  try {
    if (facts.format === 'ob2') {
      const problem = await checkOb2Revocation(facts);
      if (problem) return problem;
      return facts.ob2!.revocationList
        ? checkResult('status', 'ok', 'not_on_revocation_list')
        : checkResult('status', 'skipped', 'not_applicable');
    }
    if (facts.status.length === 0) return checkResult('status', 'skipped', 'not_applicable');
    for (const entry of facts.status) {
      const problem = await checkStatusEntry(entry, facts.issuer.id);
      if (problem) return problem;
    }
    return checkResult('status', 'ok', 'not_revoked');
  } catch (error) {
    if (isNetworkError(error)) return checkResult('status', 'skipped', 'network', { detail: (error as Error).message });
    return checkResult('status', 'failed', 'bad_list', { detail: (error as Error).message });
  }
}
