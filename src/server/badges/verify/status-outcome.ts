import 'server-only';
import type { CheckNote, CheckParams, CheckStatus } from '@/lib/verification/model';
import { FetchRefusedError } from '@/server/net/fetch-refused-error';
import { JSON_MEDIA_TYPES, safeFetch } from '@/server/net/safe-fetch';
import { isNetworkError } from './proof-result';

/** What one status entry says, before the entries are combined into the status check's result. */
export type StatusOutcome = { status: CheckStatus; code: string; params: CheckParams; notes: CheckNote[] };

export const statusOutcome = (status: CheckStatus, code: string, params: CheckParams = {}, notes: CheckNote[] = []): StatusOutcome => ({
  status,
  code,
  params,
  notes,
});

// The Bitstring Status List default ttl is 300000 ms: a verifier must not use a list cached for longer.
const STATUS_TTL_MS = 5 * 60_000;

/** A list document (with its size in bytes, as sent), or what the status entry says when there is none. */
export type FetchedStatusDocument =
  { document: Record<string, unknown>; bytes?: number; outcome?: never } | { document?: never; bytes?: never; outcome: StatusOutcome };

/**
 * Fetches a status list or revocation list through the safe fetcher. A passing network problem is `skipped`
 * (`network`, tried again later); an answer that can never be a list (404, refused address, not JSON, too big)
 * fails with `list_unavailable` (Bitstring Status List: "If the dereference fails, raise a STATUS_RETRIEVAL_ERROR").
 */
export async function fetchStatusDocument(url: string): Promise<FetchedStatusDocument> {
  let value: unknown;
  let bytes: number;
  try {
    const response = await safeFetch(url, { accept: JSON_MEDIA_TYPES, timeoutMs: 5000, maxBytes: 2 * 1024 * 1024, cacheTtlMs: STATUS_TTL_MS });
    bytes = response.body.length;
    value = response.json();
  } catch (error) {
    if (isNetworkError(error)) return { outcome: statusOutcome('skipped', 'network', { url, detail: (error as Error).message }) };
    if (error instanceof FetchRefusedError) {
      return { outcome: statusOutcome('failed', 'list_unavailable', { url, reason: error.code, httpStatus: error.httpStatus ?? null }) };
    }
    throw error;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { outcome: statusOutcome('failed', 'bad_list', { url, problem: 'not_object' }) };
  return { document: value as Record<string, unknown>, bytes };
}
