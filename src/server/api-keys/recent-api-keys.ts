import 'server-only';

type Entry = { keyId: string; secretHash: string; at: number };

/**
 * A few seconds' memory of prefix → (key id, secret hash), so a busy key costs one statement per request (the
 * UPDATE that counts it) instead of two. Only facts that never change for a prefix are remembered: whether the key
 * is revoked is read by that UPDATE on every request, so a revocation holds on the very next request in every
 * process whatever is remembered here. Revoking forgets the entry anyway.
 */
export function createApiKeyMemo(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, Entry>();
  return {
    get(prefix: string, now: number): Entry | undefined {
      const hit = entries.get(prefix);
      return hit && now - hit.at < options.ttlMs ? hit : undefined;
    },
    set(prefix: string, entry: Entry): void {
      if (entries.size >= options.maxEntries) entries.clear();
      entries.set(prefix, entry);
    },
    forget(prefix: string): void {
      entries.delete(prefix);
    },
  };
}

const globalForMemo = globalThis as unknown as { badgeboardRecentApiKeys?: ReturnType<typeof createApiKeyMemo> };

/** The process's memo (survives dev hot reloads, like the database handle). */
export const recentApiKeys = (globalForMemo.badgeboardRecentApiKeys ??= createApiKeyMemo({ ttlMs: 5_000, maxEntries: 10_000 }));
