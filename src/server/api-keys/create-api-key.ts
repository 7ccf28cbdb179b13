import 'server-only';
import type { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { apiKeys } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { generateApiKey } from './key-format';
import { findApiKeySummary } from './list-api-keys';
import { canManageApiKeys } from './policies';
import type { createApiKeySchema } from './schemas';
import type { ApiKeySummary } from './types';

/** Did the insert hit the unique prefix (a 50-bit collision: vanishingly rare, but then simply draw again)? */
function isPrefixCollision(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === 'api_keys_prefix_unique';
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * An owner creates a key for their organisation. The full key (`token`) is returned here once and never again:
 * only its prefix and the SHA-256 of its secret are stored.
 */
export async function createApiKey(db: Database, viewer: Viewer, input: z.output<typeof createApiKeySchema>): Promise<{ key: ApiKeySummary; token: string }> {
  const org = viewer.orgs.find((candidate) => candidate.id === input.orgId);
  if (!org) throw new AppError('auth:forbidden', 'You are not a member of this organisation, so you cannot create keys for it.');
  if (!canManageApiKeys(viewer, org.id))
    throw new AppError('auth:forbidden', `Only an owner of ${org.name} can create API keys. Ask an owner to create one for you.`);
  for (let attempt = 1; ; attempt++) {
    const fresh = generateApiKey();
    try {
      const [row] = await db
        .insert(apiKeys)
        .values({ orgId: org.id, name: input.name, prefix: fresh.prefix, secretHash: fresh.secretHash, scopes: input.scopes, createdBy: viewer.id })
        .returning({ id: apiKeys.id });
      return { key: (await findApiKeySummary(db, row!.id))!, token: fresh.token };
    } catch (error) {
      if (attempt < 3 && isPrefixCollision(error)) continue;
      throw error;
    }
  }
}
