'use server';

import { revalidatePath } from 'next/cache';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import {
  deleteShortlist,
  entryNoteSchema,
  removeFromShortlist,
  renameShortlist,
  renameShortlistSchema,
  setEntryNote,
  shortlistEntrySchema,
  shortlistIdSchema,
} from '@/server/orgs/shortlists';

export const renameShortlistAction = protectedAction(renameShortlistSchema, { role: 'employer' }, async (input, viewer) => {
  const list = await renameShortlist(await getDb(), viewer, input);
  revalidatePath('/shortlists');
  revalidatePath(`/shortlists/${list.id}`);
  return list;
});

export const deleteShortlistAction = protectedAction(shortlistIdSchema, { role: 'employer' }, async (input, viewer) => {
  const list = await deleteShortlist(await getDb(), viewer, input);
  revalidatePath('/shortlists');
  return list;
});

export const removeFromShortlistAction = protectedAction(shortlistEntrySchema, { role: 'employer' }, async (input, viewer) => {
  await removeFromShortlist(await getDb(), viewer, input);
  revalidatePath('/shortlists');
  revalidatePath(`/shortlists/${input.shortlistId}`);
  return { cvId: input.cvId };
});

export const setEntryNoteAction = protectedAction(entryNoteSchema, { role: 'employer' }, async (input, viewer) => {
  const result = await setEntryNote(await getDb(), viewer, input);
  revalidatePath(`/shortlists/${input.shortlistId}`);
  return result;
});
