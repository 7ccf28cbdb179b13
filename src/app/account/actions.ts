'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { changePassword } from '@/server/auth/change-password';
import { changePasswordSchema } from '@/server/auth/schemas';
import { revokeUserSessions } from '@/server/auth/sessions';
import { getViewerSession } from '@/server/auth/viewer';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { clientAddress } from '@/server/http/client-address';

/** The session this request came in on (protectedAction has already checked that there is one). */
async function currentSessionId(): Promise<string> {
  const current = await getViewerSession();
  if (!current) throw new AppError('auth:unauthenticated', 'Your session has ended. Sign in again.');
  return current.sessionId;
}

/** Ends every session of the person except this one. */
export const signOutOtherDevicesAction = protectedAction(z.object({}), {}, async (_input, viewer) => {
  const ended = await revokeUserSessions(await getDb(), viewer.id, { except: await currentSessionId() });
  revalidatePath('/account');
  return { ended };
});

/** Ends every session of the person, this one included; the page then clears the cookie and goes to sign-in. */
export const signOutEverywhereAction = protectedAction(z.object({}), {}, async (_input, viewer) => {
  const ended = await revokeUserSessions(await getDb(), viewer.id);
  return { ended };
});

export const changePasswordAction = protectedAction(changePasswordSchema, {}, async (input, viewer) => {
  const person = { userId: viewer.id, email: viewer.email, address: clientAddress(await headers()), keepSessionId: await currentSessionId() };
  const result = await changePassword(await getDb(), person, input);
  revalidatePath('/account');
  return result;
});
