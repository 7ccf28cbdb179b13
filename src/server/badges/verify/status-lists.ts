import 'server-only';
import { fetchStatusDocument, type FetchedStatusDocument, type StatusOutcome } from './status-outcome';

/**
 * Where the status checks read status and revocation lists from. `directStatusLists` asks the fetcher each time
 * (it keeps lists for a few minutes on its own); `statusListsForCycle()` is shared by every badge of one
 * re-verification batch, so a list that many badges point at is fetched, parsed, proof-checked and expanded once
 * for all of them. Only what depends on the list alone is shared — its document, its proof's verdict, its expanded
 * bits — never anything about one badge or the moment it is judged at, so every badge gets the answer it would
 * get on its own from the same documents.
 */
export type StatusLists = {
  document(url: string): Promise<FetchedStatusDocument>;
  /** The verdict on the proof of `list`, a document `document()` gave (null: it verifies), worked out by `verify`. */
  proof(list: object, verify: () => Promise<StatusOutcome | null>): Promise<StatusOutcome | null>;
  /** The expanded bitstring of `list` read in `mode`; `expand` may throw (a bad list). */
  bits(list: object, mode: string, expand: () => Buffer): Buffer;
};

export const directStatusLists: StatusLists = {
  document: fetchStatusDocument,
  proof: (_list, verify) => verify(),
  bits: (_list, _mode, expand) => expand(),
};

export type CycleStatusLists = StatusLists & {
  /** Distinct list URLs asked for in this cycle. */
  readonly lists: number;
  /** Documents fetched (a list too big to keep for the cycle is fetched again by each badge). */
  readonly fetches: number;
  /** List proofs verified. */
  readonly proofs: number;
};

/** What one cycle keeps of lists (documents and expanded bitstrings); beyond it a list is read per badge as before. */
const CYCLE_BYTES = 32 * 1024 * 1024;

type Expanded = { bits: Buffer } | { error: unknown };

/** A memo of status lists for one batch of re-checks; dropped with the batch. */
export function statusListsForCycle(options: { fetch?: typeof fetchStatusDocument; maxBytes?: number } = {}): CycleStatusLists {
  const fetchDocument = options.fetch ?? fetchStatusDocument;
  let budget = options.maxBytes ?? CYCLE_BYTES;
  const documents = new Map<string, Promise<FetchedStatusDocument>>();
  // Keyed by the document itself, not its URL: a list fetched again (over the budget) is judged again.
  const proofs = new WeakMap<object, Promise<StatusOutcome | null>>();
  const expanded = new WeakMap<object, Map<string, Expanded>>();
  const urls = new Set<string>();
  let fetches = 0;
  let verified = 0;

  return {
    document(url) {
      urls.add(url);
      const known = documents.get(url);
      if (known) return known;
      fetches++;
      // Badges checked side by side share one request in flight.
      const pending = fetchDocument(url).then((fetched) => {
        const bytes = fetched.bytes ?? 0;
        if (bytes > budget) documents.delete(url);
        else budget -= bytes;
        return fetched;
      });
      documents.set(url, pending);
      return pending;
    },
    proof(list, verify) {
      const known = proofs.get(list);
      if (known) return known;
      verified++;
      const pending = verify();
      proofs.set(list, pending);
      return pending;
    },
    bits(list, mode, expand) {
      const modes = expanded.get(list) ?? new Map<string, Expanded>();
      expanded.set(list, modes);
      let result = modes.get(mode);
      if (!result) {
        try {
          result = { bits: expand() };
        } catch (error) {
          result = { error };
        }
        const bytes = 'bits' in result ? result.bits.length : 0;
        if (bytes <= budget) {
          budget -= bytes;
          modes.set(mode, result);
        }
      }
      if ('error' in result) throw result.error;
      return result.bits;
    },
    get lists() {
      return urls.size;
    },
    get fetches() {
      return fetches;
    },
    get proofs() {
      return verified;
    },
  };
}
