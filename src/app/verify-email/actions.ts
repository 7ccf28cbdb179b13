'use server';

import { z } from 'zod';
import { confirmEmail } from '@/server/auth/email-verification';
import { getDb } from '@/server/db/client';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';

const confirmSchema = z.object({ token: z.string().min(1, 'This link is missing its code.').max(2048, 'This verification link is not valid.') });

export type ConfirmEmailResult = ActionResult<{ email: string; badgesRechecked: number }> | null;

/**
 * The button on the page a verification link lands on: proves the address (the signed token is the proof, so no
 * session is needed), then re-checks the badges that were waiting on it. A POST, so following the link writes nothing.
 */
export async function confirmEmailAction(_previous: ConfirmEmailResult, form: FormData): Promise<ConfirmEmailResult> {
  try {
    const parsed = confirmSchema.safeParse({ token: form.get('token') });
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'This verification link is not valid. Request a new one from your CV page.');
    return { ok: true, data: await confirmEmail(await getDb(), parsed.data.token) };
  } catch (error) {
    return toActionResult(error);
  }
}
