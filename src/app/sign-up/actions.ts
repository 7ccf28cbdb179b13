'use server';

import { sendVerificationEmail } from '@/server/auth/email-verification';
import { signUpSchema } from '@/server/auth/schemas';
import { signUp } from '@/server/auth/sign-up';
import { getDb } from '@/server/db/client';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';
import { appBaseUrl } from '../base-url';

/** The one action open to anonymous visitors: creating an account. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  try {
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    const db = await getDb();
    const { userId } = await signUp(db, parsed.data);
    if (parsed.data.accountType === 'seeker') {
      // The account exists either way; a mail hiccup must not turn a successful sign-up into an error.
      // The seeker can send the link again from their CV page.
      try {
        await sendVerificationEmail(db, { id: userId, email: parsed.data.email, name: parsed.data.name }, await appBaseUrl());
      } catch (error) {
        console.error('Sign-up: the verification email could not be sent', error);
      }
    }
    return { ok: true, data: { userId } };
  } catch (error) {
    return toActionResult(error);
  }
}
