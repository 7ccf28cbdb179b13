import 'server-only';
import { gunzipSync } from 'node:zlib';

/** Largest expanded bitstring read (134 million one-bit entries): a compressed list can claim any size. */
const MAX_EXPANDED_BYTES = 16 * 1024 * 1024;

export type BitstringProblem = 'encoding' | 'not_gzip' | 'too_large';

/** Why an encodedList could not be expanded; `problem` is what the status check reports. */
export class BitstringDecodeError extends Error {
  constructor(readonly problem: BitstringProblem) {
    super(`the status list's encodedList could not be expanded (${problem})`);
    this.name = 'BitstringDecodeError';
  }
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Every GZIP stream starts 1f 8b 08, which base64url renders as "H4sI".
const GZIP_BASE64URL = 'H4sI';

/**
 * Expands an encodedList: base64url (no padding) of a GZIP-compressed bitstring. Bitstring Status List
 * requires the multibase prefix `u`; StatusList2021 publishes plain base64url (a leading `u` followed by a
 * GZIP header is read as multibase there too, since some publishers use it).
 */
export function expandStatusBits(encodedList: string, multibase: 'required' | 'allowed'): Buffer {
  const prefixed = encodedList.startsWith('u') && encodedList.slice(1).startsWith(GZIP_BASE64URL);
  if (multibase === 'required' && !encodedList.startsWith('u')) throw new BitstringDecodeError('encoding');
  const base64 = multibase === 'required' || prefixed ? encodedList.slice(1) : encodedList;
  // Node's decoder skips characters outside the alphabet silently; a list is refused instead.
  if (!BASE64URL.test(base64)) throw new BitstringDecodeError('encoding');
  try {
    return gunzipSync(Buffer.from(base64, 'base64url'), { maxOutputLength: MAX_EXPANDED_BYTES });
  } catch (error) {
    throw new BitstringDecodeError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'not_gzip');
  }
}

/**
 * The status value of entry `index` when each entry is `size` bits: entry 0 starts at the left-most bit,
 * its most significant bit first. Null when the entry lies beyond the end of the list.
 */
export function readStatusValue(bits: Buffer, index: bigint, size: number): number | null {
  const start = index * BigInt(size);
  if (start + BigInt(size) > BigInt(bits.length) * 8n) return null;
  let value = 0;
  for (let offset = 0; offset < size; offset++) {
    const position = Number(start) + offset;
    value = value * 2 + ((bits[Math.floor(position / 8)]! >> (7 - (position % 8))) & 1);
  }
  return value;
}
