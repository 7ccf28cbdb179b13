import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { Viewer } from '@/server/auth/viewer';
import type { Database, Tx } from '@/server/db/client';
import { apiKeys, users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { canListApiKeys } from './policies';
import { apiScopes, type ApiKeySummary, type ApiScope } from './types';

const isScope = (scope: string): scope is ApiScope => (apiScopes as readonly string[]).includes(scope);

/** The columns a summary is made of: everything but the secret's hash. */
export const summaryColumns = {
  id: apiKeys.id,
  orgId: apiKeys.orgId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  createdByName: users.name,
  lastUsedAt: apiKeys.lastUsedAt,
  useCount: apiKeys.useCount,
  revokedAt: apiKeys.revokedAt,
};

export function toSummary(row: Omit<ApiKeySummary, 'scopes'> & { scopes: string[] }): ApiKeySummary {
  return { ...row, scopes: row.scopes.filter(isScope) };
}

/** One key as a summary (with its creator's name), or null. */
export async function findApiKeySummary(db: Database | Tx, keyId: string): Promise<ApiKeySummary | null> {
  const [row] = await db.select(summaryColumns).from(apiKeys).leftJoin(users, eq(users.id, apiKeys.createdBy)).where(eq(apiKeys.id, keyId));
  return row ? toSummary(row) : null;
}

/** An organisation's keys for any of its members: live keys first, newest first. Never a secret. */
export async function listApiKeys(db: Database, viewer: Viewer, orgId: string): Promise<ApiKeySummary[]> {
  if (!canListApiKeys(viewer, orgId)) throw new AppError('auth:forbidden', 'Only members of this organisation can see its API keys.');
  const rows = await db
    .select(summaryColumns)
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(sql`${apiKeys.revokedAt} is not null`, desc(apiKeys.createdAt));
  return rows.map(toSummary);
}
