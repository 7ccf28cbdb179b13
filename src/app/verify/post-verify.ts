import { problemDetail } from '@/lib/problem';
import type { VerifyCredentialResponse } from '@/server/api/contracts/verify';

export type VerifyOutcome = { ok: true; result: VerifyCredentialResponse } | { ok: false; message: string };

export const MAX_VERIFY_FILE_BYTES = 5 * 1024 * 1024;

/** Posts one badge (a file, or pasted text) to `POST /api/v1/verify` and reads its report or its problem's detail. */
export async function postVerify(input: { file: File } | { text: string }): Promise<VerifyOutcome> {
  let response: Response;
  try {
    if ('file' in input) {
      const body = new FormData();
      body.append('file', input.file);
      response = await fetch('/api/v1/verify', { method: 'POST', body });
    } else {
      response = await fetch('/api/v1/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: input.text }) });
    }
  } catch {
    return { ok: false, message: 'Badgeboard could not be reached. Check your connection and try again.' };
  }
  const data = (await response.json().catch(() => null)) as unknown;
  if (response.ok && data && typeof data === 'object' && 'report' in data) return { ok: true, result: data as VerifyCredentialResponse };
  const detail = problemDetail(data);
  if (detail) return { ok: false, message: detail };
  if (response.status === 413) return { ok: false, message: 'This file is too large. Badge images are at most 5 MB.' };
  return { ok: false, message: 'Something went wrong on our side. Try again in a moment.' };
}
