'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { addAddress, makePrimary, removeAddress, resendLink } from '@/server/account/email-addresses';
import { addAddressSchema } from '@/server/account/email-address-rules';
import { changePassword } from '@/server/auth/change-password';
import { changePasswordSchema } from '@/server/auth/schemas';
import { revokeUserSessions } from '@/server/auth/sessions';
import { forgetViewer, getViewerSession } from '@/server/auth/viewer';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { clientAddress } from '@/server/http/client-address';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { appBaseUrl } from '../base-url';

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

/** One address of the account, as the email address actions name it. */
const addressInput = z.object({ address: z.string().max(320, 'That email address is too long.') });

/** Adds an address to the account and mails it a link (10 an hour per person). */
export const addEmailAction = protectedAction(addAddressSchema, { rateLimit: 'email-add' }, async (input, viewer) => {
  const added = await addAddress(await getDb(), viewer.id, input.email, { baseUrl: await appBaseUrl() });
  revalidatePath('/account');
  return { address: added.address };
});

/** Mails the link again to an address waiting for it (the same per-person limit as the CV page's "send again"). */
export const resendEmailLinkAction = protectedAction(addressInput, { rateLimit: 'email-resend' }, async (input, viewer) => {
  return resendLink(await getDb(), viewer.id, input.address, { baseUrl: await appBaseUrl() });
});

/** Makes a verified address the one the person signs in with. */
export const makePrimaryEmailAction = protectedAction(addressInput, {}, async (input, viewer) => {
  const result = await makePrimary(await getDb(), viewer.id, input.address);
  // The header and this page name the sign-in address: read it afresh, not from the viewer remembered a moment ago.
  forgetViewer(viewer.id);
  revalidatePath('/account');
  return result;
});

/** Removes an added address; badges confirmed through it are checked again. */
export const removeEmailAction = protectedAction(addressInput, {}, async (input, viewer) => {
  const result = await removeAddress(await getDb(), viewer.id, input.address);
  if (result.badgesRechecked > 0) wakeDrainer();
  revalidatePath('/account');
  return result;
});
