'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { sendVerificationEmail } from '@/server/auth/email-verification';
import { protectedAction } from '@/server/auth/with-session';
import { cvUpdateSchema } from '@/server/cv/schemas';
import { updateCv } from '@/server/cv/service';
import { getDb } from '@/server/db/client';
import { clientAddress } from '@/server/http/client-address';
import { consumeRateLimit } from '@/server/http/rate-limits';
import { waitForSync } from '@/server/search/wait-for-sync';
import { appBaseUrl } from '../base-url';

/** Saves the seeker's CV; `searchable` is false while search is still catching up (e.g. Elasticsearch down). */
export const saveCvAction = protectedAction(cvUpdateSchema, { role: 'seeker' }, async (input, viewer) => {
  // The seeker role guarantees a CV; the action only ever edits the viewer's own.
  const cvId = viewer.cvId!;
  const db = await getDb();
  await updateCv(db, cvId, input);
  const searchable = await waitForSync(db, 'candidate', cvId);
  revalidatePath('/cv');
  return { searchable };
});

/** Sends the seeker a fresh link that proves their email address (badges issued to it can then be confirmed). */
export const sendVerificationEmailAction = protectedAction(z.object({}), { role: 'seeker' }, async (_input, viewer) => {
  if (viewer.emailVerified) return { alreadyVerified: true, email: viewer.email };
  // A few links an hour is plenty for a person; more is someone using us to send mail.
  const message = (wait: string) => `We have sent several links already. Check your inbox (and spam folder), or try again in ${wait}.`;
  await consumeRateLimit('email-resend', `user:${viewer.id}`, { message });
  await consumeRateLimit('email-resend-address', `ip:${clientAddress(await headers())}`, { message });
  await sendVerificationEmail(await getDb(), { id: viewer.id, email: viewer.email, name: viewer.name }, await appBaseUrl());
  return { alreadyVerified: false, email: viewer.email };
});
