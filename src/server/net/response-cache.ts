import 'server-only';

/*
 * A small in-process LRU with per-entry expiry, bounded both by entry count and by total bytes
 * (500 entries of up to 1 MB each would otherwise be half a gigabyte). A Map keeps insertion
 * order, so re-inserting on read makes the first key the least recently used. An expired entry
 * that carries a validator (ETag, Last-Modified) is kept, for a conditional request to renew.
 */

export type CachedResponse = { url: string; status: number; contentType: string; body: Buffer; etag?: string; lastModified?: string };

const revalidatable = (value: CachedResponse) => Boolean(value.etag || value.lastModified);

type Entry = { value: CachedResponse; expiresAt: number };

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now && !revalidatable(entry.value)) {
      this.bytes -= entry.value.body.length;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.expiresAt > now ? entry.value : undefined;
  }

  /** An expired entry with a validator, to revalidate with a conditional request (an unexpired one is `get`'s). */
  stale(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt <= now && revalidatable(entry.value) ? entry.value : undefined;
  }

  set(key: string, value: CachedResponse, ttlMs: number, now = Date.now()): void {
    this.delete(key);
    if (ttlMs <= 0 || value.body.length > this.maxBytes) return;
    this.entries.set(key, { value, expiresAt: now + ttlMs });
    this.bytes += value.body.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.value.body.length;
  }
}
