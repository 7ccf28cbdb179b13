'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { protectedAction } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { addKnownIssuer, removeKnownIssuer } from '@/server/issuers/change-known-issuers';
import { importIssuerRegistry } from '@/server/issuers/import-issuer-registry';
import { issuerDomainSchema, issuerIdSchema, issuerNameSchema } from '@/server/issuers/known-issuer-file';
import { recheckAffectedBadges } from '@/server/issuers/recheck-affected-badges';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { MAX_REGISTRY_FILE_CHARS } from './limits';

export type IssuerChangeOutcome = { affected: number; rechecked: number; changed: number; deferred: number };

async function recheck(affected: string[]): Promise<IssuerChangeOutcome> {
  const db = await getDb();
  const result = await recheckAffectedBadges(db, affected);
  wakeDrainer();
  revalidatePath('/admin/issuers');
  return { affected: affected.length, ...result };
}

const addSchema = z.object({
  id: issuerIdSchema,
  name: issuerNameSchema,
  // The form sends domains as one line, separated by commas or spaces.
  domains: z
    .string()
    .max(2_000)
    .transform((line) => line.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(issuerDomainSchema).max(20, 'At most 20 domains per issuer.')),
});

/** Adds an issuer (or updates the name and domains of one already known), then re-checks the badges it affects. */
export const addKnownIssuerAction = protectedAction(addSchema, { role: 'admin' }, async (input, viewer) => {
  const { affected } = await addKnownIssuer(await getDb(), {
    issuerId: input.id,
    name: input.name,
    domains: [...new Set(input.domains)],
    source: 'admin',
    sourceDetail: viewer.email,
  });
  return recheck(affected);
});

/** Removes an issuer: its badges become "issuer not known to Badgeboard"; the badges it affects are re-checked. */
export const removeKnownIssuerAction = protectedAction(z.object({ id: z.string().min(1).max(2_000) }), { role: 'admin' }, async (input) => {
  const { removed, affected } = await removeKnownIssuer(await getDb(), input.id);
  if (!removed) throw new AppError('not_found', 'That issuer is no longer in the registry (someone may have removed it already). Reload the page.');
  return recheck(affected);
});

const importSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  text: z
    .string()
    .min(1, 'The file is empty.')
    .max(MAX_REGISTRY_FILE_CHARS, `The file is larger than ${MAX_REGISTRY_FILE_CHARS.toLocaleString('en-GB')} characters; split it and import the parts.`),
});

/** Imports a registry file (our JSON, the DCC registry, OpenID Federation statements), all or nothing. */
export const importIssuerRegistryAction = protectedAction(importSchema, { role: 'admin' }, async (input) => {
  const result = await importIssuerRegistry(await getDb(), { name: input.fileName, text: input.text });
  return { format: result.format, added: result.added, updated: result.updated, kept: result.kept, ...(await recheck(result.affected)) };
});
