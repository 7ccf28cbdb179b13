'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { addNote, addNoteSchema, addTag, deleteNote, deleteNoteSchema, removeTag, tagInputSchema } from '@/server/orgs/candidate-notes';

/** Tags show on applicant cards and shortlists too: render those afresh on the next visit. */
function refreshTagged(): void {
  revalidatePath('/employer/jobs', 'layout');
  revalidatePath('/shortlists', 'layout');
}

/** A member writes a private note about a candidate; the organisation sees it, the candidate never does. */
export const addNoteAction = protectedAction(addNoteSchema, { role: 'employer' }, async (input, viewer) => addNote(await getDb(), viewer, input));

/** The author takes a note back. */
export const deleteNoteAction = protectedAction(deleteNoteSchema, { role: 'employer' }, async (input, viewer) => deleteNote(await getDb(), viewer, input));

export const addTagAction = protectedAction(tagInputSchema, { role: 'employer' }, async (input, viewer) => {
  const tags = await addTag(await getDb(), viewer, input);
  refreshTagged();
  return { tags };
});

export const removeTagAction = protectedAction(tagInputSchema, { role: 'employer' }, async (input, viewer) => {
  const tags = await removeTag(await getDb(), viewer, input);
  refreshTagged();
  return { tags };
});
