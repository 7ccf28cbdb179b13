'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { readResetLink, requestPasswordReset, resetPassword, resetPasswordSchema } from '@/server/auth/password-reset';
import { emailSchema } from '@/server/auth/schemas';
import { getDb } from '@/server/db/client';
import { AppError, toActionResult, type ActionResult } from '@/server/errors';
import { clientAddress } from '@/server/http/client-address';
import { consumeRateLimit, emailKey } from '@/server/http/rate-limits';
import { appBaseUrl } from '../base-url';

const requestSchema = z.object({ email: emailSchema });

/** Open to anyone: always "if there is an account for <email>, a link is on its way" (the mail says the rest). */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const parsed = requestSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    const { email } = parsed.data;
    await consumeRateLimit('password-reset-address', `ip:${clientAddress(await headers())}`, {
      message: (wait) => `Too many reset requests from your network. Try again in ${wait}.`,
    });
    await consumeRateLimit('password-reset', emailKey(email), {
      message: (wait) => `We have already sent reset links to ${email}. Check that inbox (and its spam folder), or try again in ${wait}.`,
    });
    return { ok: true, data: await requestPasswordReset(await getDb(), email, { baseUrl: await appBaseUrl() }) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** The reset page's form: the new password replaces the old one, and every session of the account ends. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const parsed = resetPasswordSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod(parsed.error);
    return { ok: true, data: await resetPassword(await getDb(), parsed.data) };
  } catch (error) {
    return toActionResult(error);
  }
}

export async function checkResetLink(token: string): Promise<{ ok: true; email: string } | { ok: false; message: string }> {
  try {
    return { ok: true, ...(await readResetLink(await getDb(), token)) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}
