'use server';

import { revalidatePath } from 'next/cache';
import { createApiKey } from '@/server/api-keys/create-api-key';
import { revokeApiKey } from '@/server/api-keys/revoke-api-key';
import { createApiKeySchema, revokeApiKeySchema } from '@/server/api-keys/schemas';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';

/** Creates a key; the answer carries the full key, the only time it is ever sent. */
export const createApiKeyAction = protectedAction(createApiKeySchema, { role: 'employer' }, async (input, viewer) => {
  const { key, token } = await createApiKey(await getDb(), viewer, input);
  revalidatePath('/employer/api-keys');
  return { token, name: key.name };
});

export const revokeApiKeyAction = protectedAction(revokeApiKeySchema, { role: 'employer' }, async ({ keyId }, viewer) => {
  const key = await revokeApiKey(await getDb(), viewer, keyId);
  revalidatePath('/employer/api-keys');
  return { name: key.name };
});
