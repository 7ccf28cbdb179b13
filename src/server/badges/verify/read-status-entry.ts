import 'server-only';
import type { CheckNote } from '@/lib/verification/model';
import type { StatusEntry } from './facts';
import { statusOutcome, type StatusOutcome } from './status-outcome';

export type StatusMessage = { status: number; hex: string; message: string };

/** A status list entry whose fields are well formed, ready to be looked up in its list. */
export type ListEntry = {
  listUrl: string;
  index: bigint;
  indexText: string;
  purpose: string;
  size: number;
  messages: StatusMessage[] | null;
  notes: CheckNote[];
};

/** Bits per entry Badgeboard reads. The specification sets no ceiling; conforming processors may read only 1. */
const MAX_STATUS_SIZE = 32;

const malformed = (field: string, problem: string, extra: Record<string, string | number> = {}): StatusOutcome =>
  statusOutcome('failed', 'malformed_entry', { field, problem, ...extra });

function readIndex(raw: StatusEntry['index']): { index: bigint; text: string; notes: CheckNote[] } | StatusOutcome {
  if (raw === null) return malformed('statusListIndex', 'missing');
  // Bitstring Status List: "an arbitrary size integer greater than or equal to 0, expressed as a string in base 10".
  if (typeof raw === 'string')
    return /^\d+$/.test(raw) ? { index: BigInt(raw), text: raw, notes: [] } : malformed('statusListIndex', 'not_integer', { value: raw.slice(0, 40) });
  // A number is read (the meaning is unambiguous) and noted, since the specification asks for a string.
  if (!Number.isSafeInteger(raw) || raw < 0) return malformed('statusListIndex', 'not_integer', { value: String(raw) });
  return { index: BigInt(raw), text: String(raw), notes: [{ code: 'index_not_string', params: { index: raw } }] };
}

function readSize(raw: unknown): number | StatusOutcome {
  if (raw === undefined || raw === null) return 1; // "If statusSize is not present … MUST be processed as 1"
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) return malformed('statusSize', 'not_positive_integer', { value: String(raw).slice(0, 40) });
  if (raw > MAX_STATUS_SIZE) return statusOutcome('warning', 'unsupported_status_size', { size: raw, max: MAX_STATUS_SIZE });
  return raw;
}

function readMessages(raw: unknown, size: number): StatusMessage[] | null | StatusOutcome {
  // "statusMessage … MUST be present if statusSize is greater than 1".
  if (raw === undefined || raw === null) return size > 1 ? malformed('statusMessage', 'missing', { size }) : null;
  // "the length of which MUST equal the number of possible status messages indicated by statusSize".
  const expected = 2 ** size;
  if (!Array.isArray(raw) || raw.length !== expected)
    return malformed('statusMessage', 'wrong_length', { expected, found: Array.isArray(raw) ? raw.length : 0 });
  const messages: StatusMessage[] = [];
  for (const item of raw as unknown[]) {
    // "each element MUST contain" status (hexadecimal, prefixed 0x) and message.
    const { status, message } = (item ?? {}) as { status?: unknown; message?: unknown };
    if (typeof status !== 'string' || !/^0x[0-9a-f]+$/i.test(status) || typeof message !== 'string') return malformed('statusMessage', 'bad_item');
    messages.push({ status: Number.parseInt(status.slice(2), 16), hex: status, message });
  }
  return messages;
}

const isOutcome = (value: unknown): value is StatusOutcome => Boolean(value) && typeof value === 'object' && 'code' in (value as object);

/** Checks a BitstringStatusListEntry or StatusList2021Entry's own fields against its specification. */
export function readStatusEntry(entry: StatusEntry, sizes: 'any' | 'one'): ListEntry | StatusOutcome {
  if (!entry.listUrl) return malformed('statusListCredential', 'missing');
  if (!entry.purpose) return malformed('statusPurpose', 'missing');
  const index = readIndex(entry.index);
  if (isOutcome(index)) return index;
  // StatusList2021 has one bit per entry and no status messages.
  const size = sizes === 'one' ? 1 : readSize(entry.statusSize);
  if (isOutcome(size)) return size;
  const messages = sizes === 'one' ? null : readMessages(entry.statusMessage, size);
  if (isOutcome(messages)) return messages;
  return { listUrl: entry.listUrl, index: index.index, indexText: index.text, purpose: entry.purpose, size, messages, notes: index.notes };
}
