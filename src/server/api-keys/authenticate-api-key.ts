import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/server/db/client';
import { apiKeys, organisations } from '@/server/db/schema';
import { parseApiKey, secretMatches } from './key-format';
import { recentApiKeys } from './recent-api-keys';
import { apiScopes, type ApiKeyPrincipal, type ApiScope } from './types';

const isScope = (scope: string): scope is ApiScope => (apiScopes as readonly string[]).includes(scope);

/**
 * The key a bearer token names, if it is live; null for anything else (malformed, unknown, wrong secret, revoked,
 * organisation deleted). A live key's use is counted in the same statement that confirms it is not revoked, so
 * every authenticated request costs one indexed UPDATE (plus a lookup by prefix at most every few seconds). A wrong
 * secret is refused before anything is written: guesses do not move the counters.
 */
export async function authenticateApiKey(token: string, options: { db?: Database; now?: Date } = {}): Promise<ApiKeyPrincipal | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();

  let known = recentApiKeys.get(parsed.prefix, now.getTime());
  if (!known) {
    const [row] = await db.select({ keyId: apiKeys.id, secretHash: apiKeys.secretHash }).from(apiKeys).where(eq(apiKeys.prefix, parsed.prefix));
    if (!row) return null;
    known = { ...row, at: now.getTime() };
    recentApiKeys.set(parsed.prefix, known);
  }
  if (!secretMatches(parsed.secret, known.secretHash)) return null;

  const [live] = await db
    .update(apiKeys)
    .set({ useCount: sql`${apiKeys.useCount} + 1`, lastUsedAt: now })
    .from(organisations)
    .where(and(eq(apiKeys.id, known.keyId), isNull(apiKeys.revokedAt), eq(organisations.id, apiKeys.orgId)))
    .returning({ keyId: apiKeys.id, orgId: apiKeys.orgId, orgName: organisations.name, name: apiKeys.name, scopes: apiKeys.scopes });
  if (!live) return null;
  return { ...live, scopes: live.scopes.filter(isScope) };
}
