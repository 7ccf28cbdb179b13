'use server';

import { headers } from 'next/headers';
import { completeSignUp, completeSignUpSchema } from '@/server/auth/complete-sign-up';
import { requestSignUp } from '@/server/auth/request-sign-up';
import { signUpSchema } from '@/server/auth/schemas';
import { getDb } from '@/server/db/client';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';
import { clientAddress } from '@/server/http/client-address';
import { consumeRateLimit, emailKey } from '@/server/http/rate-limits';
import { appBaseUrl } from '../base-url';

/**
 * Open to anonymous visitors: asks for an account. Always answers "check your inbox at <email>" — the mail says
 * whether an account was started or the address already has one.
 */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    const { email } = parsed.data;
    await consumeRateLimit('sign-up', `ip:${clientAddress(await headers())}`, {
      message: (wait) => `Too many sign-ups from your network. Try again in ${wait}.`,
    });
    await consumeRateLimit('sign-up-mail', emailKey(email), {
      message: (wait) => `We have already sent several messages to ${email}. Check that inbox (and its spam folder), or try again in ${wait}.`,
    });
    return {
      ok: true,
      data: await requestSignUp(await getDb(), parsed.data, {
        baseUrl: await appBaseUrl(),
      }),
    };
  } catch (error) {
    return toActionResult(error);
  }
}

/** Where the mailed link leads: creates the account once the person types the password they chose. */
export async function completeSignUpAction(input: unknown): Promise<ActionResult<{ email: string; accountType: 'seeker' | 'employer' }>> {
  try {
    const parsed = completeSignUpSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    const { email, accountType } = await completeSignUp(await getDb(), parsed.data, clientAddress(await headers()));
    return { ok: true, data: { email, accountType } };
  } catch (error) {
    return toActionResult(error);
  }
}
