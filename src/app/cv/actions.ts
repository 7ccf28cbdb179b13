'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/server/auth/with-session';
import { assertCanEditCv } from '@/server/cv/policies';
import { cvUpdateSchema } from '@/server/cv/schemas';
import { updateCv } from '@/server/cv/service';
import { getDb } from '@/server/db/client';
import { waitForSync } from '@/server/search/wait-for-sync';

/** Saves the seeker's CV; `searchable` is false while search is still catching up (e.g. Elasticsearch down). */
export const saveCvAction = protectedAction(cvUpdateSchema, { role: 'seeker' }, async (input, viewer) => {
  const cvId = viewer.cvId!;
  assertCanEditCv(viewer, cvId);
  const db = await getDb();
  await updateCv(db, cvId, input);
  const searchable = await waitForSync(db, 'candidate', cvId);
  revalidatePath('/cv');
  return { searchable };
});
