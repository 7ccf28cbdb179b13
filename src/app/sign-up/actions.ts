'use server';

import { signUpSchema } from '@/server/auth/schemas';
import { signUp } from '@/server/auth/sign-up';
import { getDb } from '@/server/db/client';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';

/** The one action open to anonymous visitors: creating an account. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  try {
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    return { ok: true, data: await signUp(await getDb(), parsed.data) };
  } catch (error) {
    return toActionResult(error);
  }
}
