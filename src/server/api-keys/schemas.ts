import 'server-only';
import { z } from 'zod';
import { apiScopes } from './types';

export const MAX_KEY_NAME_LENGTH = 80;

export const createApiKeySchema = z.object({
  orgId: z.uuid('Choose the organisation the key is for.'),
  name: z
    .string()
    .trim()
    .min(1, 'Name the key after the portal or system that will use it, e.g. “Careers portal”.')
    .max(MAX_KEY_NAME_LENGTH, `Keep the name to ${MAX_KEY_NAME_LENGTH} characters.`)
    .refine((name) => !/\p{Cc}/u.test(name), 'Use letters, digits and punctuation only: no line breaks or control characters.'),
  scopes: z
    .array(z.enum(apiScopes, 'Choose from search, verify and jobs.'))
    .min(1, 'Choose at least one thing the key may do.')
    .transform((scopes) => apiScopes.filter((scope) => scopes.includes(scope))),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.uuid('This key id is not valid. Reload the page and try again.') });
