'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { sendVerificationEmail } from '@/server/auth/email-verification';
import { createRateLimiter } from '@/server/auth/rate-limit';
import { protectedAction } from '@/server/auth/with-session';
import { cvUpdateSchema } from '@/server/cv/schemas';
import { updateCv } from '@/server/cv/service';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
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

// A few links per quarter hour is plenty for a person; more is someone using us to send mail.
const verificationMailLimiter = createRateLimiter({ limit: 5, windowMs: 15 * 60_000 });

/** Sends the seeker a fresh link that proves their email address (badges issued to it can then be confirmed). */
export const sendVerificationEmailAction = protectedAction(z.object({}), { role: 'seeker' }, async (_input, viewer) => {
  if (viewer.emailVerified) return { alreadyVerified: true, email: viewer.email };
  const wait = verificationMailLimiter.hit(viewer.id);
  if (wait > 0) throw new AppError('auth:rate_limited', `We have sent several links already. Check your inbox (and spam folder), or try again in ${Math.ceil(wait / 60)} minutes.`);
  await sendVerificationEmail(await getDb(), { id: viewer.id, email: viewer.email, name: viewer.name }, await appBaseUrl());
  return { alreadyVerified: false, email: viewer.email };
});
