/** A fixed-window counter per key, in process memory (enough for one app instance; swap for Redis when scaled out). */
export function createRateLimiter(options: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
    hit(key: string, now = Date.now()): number {
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        hits.set(key, { count: 1, resetAt: now + options.windowMs });
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        return 0;
      }
      entry.count += 1;
      return entry.count > options.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
    },
    reset(key: string): void {
      hits.delete(key);
    },
  };
}
