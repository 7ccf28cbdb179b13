'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { setShareVisibility } from '@/server/sharing/shared-badges';

const shareSettingSchema = z.object({
  badgeId: z.uuid('This badge id is not valid. Reload the page.'),
  visibility: z.enum(['default', 'public', 'private'], 'Choose who can open the page.'),
});

/** The owner chooses who may open a badge's public page (/b/{id}). */
export const setBadgeShareAction = protectedAction(shareSettingSchema, { role: 'seeker' }, async (input, viewer) => {
  await setShareVisibility(await getDb(), viewer, input.badgeId, input.visibility);
  revalidatePath(`/badges/${input.badgeId}`);
  revalidatePath(`/b/${input.badgeId}`);
  return { visibility: input.visibility };
});
