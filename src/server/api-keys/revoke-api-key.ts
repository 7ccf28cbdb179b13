import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import type { Database } from '@/server/db/client';
import { apiKeys } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { findApiKeySummary } from './list-api-keys';
import { canListApiKeys, canManageApiKeys } from './policies';
import { recentApiKeys } from './recent-api-keys';
import type { ApiKeySummary } from './types';

/**
 * An owner revokes a key of their organisation; it is refused from the very next request (authentication reads
 * `revoked_at` on every call). Revoking a revoked key changes nothing. Someone outside the organisation is told
 * there is no such key, so key ids reveal nothing.
 */
export async function revokeApiKey(db: Database, viewer: Viewer, keyId: string, now = new Date()): Promise<ApiKeySummary> {
  const [key] = await db.select({ orgId: apiKeys.orgId, prefix: apiKeys.prefix }).from(apiKeys).where(eq(apiKeys.id, keyId));
  if (!key || !canListApiKeys(viewer, key.orgId))
    throw new AppError('not_found', 'There is no such API key in your organisation. Reload the page to see the current keys.');
  const org = viewer.orgs.find((candidate) => candidate.id === key.orgId)!;
  if (!canManageApiKeys(viewer, key.orgId))
    throw new AppError('auth:forbidden', `Only an owner of ${org.name} can revoke API keys. Ask an owner to revoke it.`);
  await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(apiKeys.id, keyId));
  recentApiKeys.forget(key.prefix);
  return (await findApiKeySummary(db, keyId))!;
}
