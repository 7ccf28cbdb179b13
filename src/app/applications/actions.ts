'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { withdrawApplication, withdrawSchema } from '@/server/jobs/applications';

/** The seeker takes an application back; the employer no longer sees it or the contact details it shared. */
export const withdrawApplicationAction = protectedAction(withdrawSchema, { role: 'seeker' }, async (input, viewer) => {
  const { jobId } = await withdrawApplication(await getDb(), viewer, input);
  revalidatePath('/applications');
  revalidatePath(`/jobs/${jobId}`);
  return { jobId };
});
