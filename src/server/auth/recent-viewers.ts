import 'server-only';
import type { Viewer } from './viewer';

type Entry = { userId: string; viewer: Viewer | null; at: number; expiresAt: number };

/**
 * A short memory of viewers by session id: every request checks its session, and a two-second memory spares the
 * database. Revoking a session forgets it here at once, so this process refuses the token on the very next request;
 * another app instance may accept it for at most `ttlMs` longer.
 */
export function createViewerMemo(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, Entry>();
  // Bumped by every forget: a load that began before a revocation must not remember what it read.
  let generation = 0;
  return {
    /** Take before reading the database; pass to `set`. */
    ticket(): number {
      return generation;
    },
    /** The remembered viewer (or remembered refusal) of this session, if still fresh; `undefined` means "ask the database". */
    get(sessionId: string, userId: string, now: number): Viewer | null | undefined {
      const hit = entries.get(sessionId);
      if (!hit || hit.userId !== userId || now - hit.at >= options.ttlMs || now >= hit.expiresAt) return undefined;
      return hit.viewer;
    },
    /** Remembers what a load read, unless something was forgotten since its `ticket` (the read may be stale). */
    set(sessionId: string, entry: Entry, ticket: number): void {
      if (ticket !== generation) return;
      if (entries.size >= options.maxEntries) entries.clear();
      entries.set(sessionId, entry);
    },
    forgetSession(sessionId: string): void {
      generation += 1;
      entries.delete(sessionId);
    },
    /** After a change to the person (roles, password, deletion) or to all their sessions. */
    forgetUser(userId: string): void {
      generation += 1;
      for (const [sessionId, entry] of entries) if (entry.userId === userId) entries.delete(sessionId);
    },
  };
}

const globalForMemo = globalThis as unknown as { badgeboardRecentViewers?: ReturnType<typeof createViewerMemo> };

/** The process's memo (one per process, survives dev hot reloads like the database handle). */
export const recentViewers = (globalForMemo.badgeboardRecentViewers ??= createViewerMemo({ ttlMs: 2_000, maxEntries: 5_000 }));
