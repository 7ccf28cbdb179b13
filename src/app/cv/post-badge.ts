import type { BadgeState } from '@/lib/verification/model';
import type { RenderedCheck } from '@/lib/verification/render';
import { problemDetail } from '@/lib/problem';

/** One credential the API attached (a presentation may yield several). */
export type AttachedBadge = { id: string; name: string; issuerName: string; issuerKnown: boolean; state: BadgeState; failing: RenderedCheck | null };
export type PostBadgeResult = { ok: true; attached: AttachedBadge[] } | { ok: false; message: string };

export const MAX_BADGE_FILE_BYTES = 5 * 1024 * 1024;

/** Sends one badge (a file, or pasted text) to the attach API and reads its answer or its human error message. */
export async function postBadge(input: { file: File } | { text: string }): Promise<PostBadgeResult> {
  let response: Response;
  try {
    if ('file' in input) {
      const body = new FormData();
      body.append('file', input.file);
      response = await fetch('/api/v1/cv/badges', { method: 'POST', body });
    } else {
      response = await fetch('/api/v1/cv/badges', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: input.text }),
      });
    }
  } catch {
    return { ok: false, message: 'Badgeboard could not be reached. Check your connection and try again.' };
  }
  const data = (await response.json().catch(() => null)) as { attached?: AttachedBadge[]; detail?: string } | null;
  if (response.ok && data?.attached) return { ok: true, attached: data.attached };
  const detail = problemDetail(data);
  if (detail) return { ok: false, message: detail };
  if (response.status === 413) return { ok: false, message: 'This file is too large. Badge images are at most 5 MB.' };
  return { ok: false, message: 'Something went wrong on our side. Try again in a moment.' };
}
