'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { retryAllDeadLetters, retryDeadLetter } from '@/server/search/sync/dead-letters';
import { wakeDrainer } from '@/server/search/sync/drainer';

/** Puts one dead letter back in the outbox with fresh attempts, and wakes the drainer to try it now. */
export const retryDeadLetterAction = protectedAction(z.object({ id: z.number().int().positive() }), { role: 'admin' }, async (input) => {
  if (!(await retryDeadLetter(await getDb(), input.id))) {
    throw new AppError('not_found', 'That entry is no longer a dead letter (it was retried already, or its document went in). Reload the page.');
  }
  wakeDrainer();
  revalidatePath('/admin/dead-letters');
  return { retried: 1 };
});

/** Puts every dead letter back in the outbox. */
export const retryAllDeadLettersAction = protectedAction(z.object({}), { role: 'admin' }, async () => {
  const retried = await retryAllDeadLetters(await getDb());
  wakeDrainer();
  revalidatePath('/admin/dead-letters');
  return { retried };
});
