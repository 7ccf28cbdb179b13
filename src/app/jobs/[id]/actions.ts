'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { applySchema, applyToJob } from '@/server/jobs/applications';

/** A seeker applies with their CV (and an optional note); their contact details go to the employer. */
export const applyAction = protectedAction(applySchema, { role: 'seeker' }, async (input, viewer) => {
  const { id } = await applyToJob(await getDb(), viewer, input);
  revalidatePath(`/jobs/${input.jobId}`);
  revalidatePath('/applications');
  return { id, appliedAt: new Date().toISOString() };
});
