'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { markAllRead } from '@/server/notifications/notify';

/** Marks every notification read; the header's count refreshes with the page. */
export const markAllReadAction = protectedAction(z.object({}), {}, async (_input, viewer) => {
  await markAllRead(await getDb(), viewer.id);
  revalidatePath('/', 'layout');
  return { done: true };
});
