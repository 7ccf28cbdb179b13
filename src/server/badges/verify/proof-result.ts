import 'server-only';
import { FetchRefusedError } from '@/server/net/fetch-refused-error';
import { checkResult, type CheckNote, type CheckParams } from '@/lib/verification/model';
import type { ProofCheck, Signer } from './check-proof';

export const proofOk = (code: string, params: CheckParams, signer: Signer, notes?: CheckNote[]): ProofCheck => ({
  result: checkResult('proof', 'ok', code, params, notes),
  signer,
});
export const proofFailed = (code: string, params: CheckParams = {}): ProofCheck => ({ result: checkResult('proof', 'failed', code, params), signer: null });
/** The proof could not be checked now (a key or document could not be fetched): try again later. */
export const proofUnreachable = (params: CheckParams): ProofCheck => ({ result: checkResult('proof', 'skipped', 'network', params), signer: null });

/**
 * A passing problem worth trying again later: a time-out, DNS or connection failure, or a 5xx/429 answer.
 * A refused address, a 404, a wrong content type or an oversize document are permanent: not network.
 * Decided by the error's type and code, never by its message text.
 */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof FetchRefusedError) {
    if (error.code === 'status') return (error.httpStatus ?? 0) >= 500 || error.httpStatus === 429;
    return error.code === 'timeout' || error.code === 'dns' || error.code === 'network';
  }
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(String((error as { code?: string } | null)?.code));
}
