/**
 * IP addresses and CIDR ranges, parsed strictly and compared as bytes. Pure (no Node APIs, no server-only), so our
 * web server (`scripts/serve.ts`, which runs Next.js itself and so cannot load server modules), the env schema and
 * route handlers share one reading of an address.
 *
 * An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, what a dual-stack socket reports for an IPv4 client) is read
 * as the IPv4 address, so a client has one key whichever way its packets arrived and `10.0.0.0/8` matches it.
 */

export type IpAddress = { version: 4 | 6; bytes: Uint8Array };
export type IpRange = { address: IpAddress; prefix: number };

const ipv4Part = /^(0|[1-9]\d{0,2})$/;
const hexGroup = /^[0-9a-f]{1,4}$/i;

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    // Leading zeros are refused: some parsers read "010" as octal, and an address must mean one thing.
    if (!ipv4Part.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

/** Hex groups of one side of `::`; only the last side may end in a dotted IPv4 part (`::ffff:1.2.3.4`). */
function parseGroups(text: string, dottedEnd: boolean): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (const [i, part] of parts.entries()) {
    if (dottedEnd && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else if (hexGroup.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1]!, true) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  return bytes;
}

function isIpv4Mapped(bytes: Uint8Array): boolean {
  return bytes.length === 16 && bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * Reads an address as sockets and proxies write it: `203.0.113.7`, `2001:db8::1`, `[2001:db8::1]`, `fe80::1%eth0`
 * (the zone is dropped), `::ffff:203.0.113.7` (read as IPv4). Anything else is null.
 */
export function parseIp(text: string): IpAddress | null {
  let value = text.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (value.length === 0 || value.length > 64) return null;
  if (!value.includes(':')) {
    const bytes = parseIpv4(value);
    return bytes && { version: 4, bytes };
  }
  const zone = value.indexOf('%');
  if (zone >= 0) value = value.slice(0, zone);
  const bytes = parseIpv6(value);
  if (!bytes) return null;
  return isIpv4Mapped(bytes) ? { version: 4, bytes: bytes.slice(12) } : { version: 6, bytes };
}

/**
 * An address as written by a forwarding proxy, which may add a port: `203.0.113.7:51234` or `[2001:db8::1]:443`.
 * A bare IPv6 address (several colons, no brackets) has no port.
 */
export function parseForwardedIp(text: string): IpAddress | null {
  const value = text.trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return parseIp(bracketed[1]!);
  const v4WithPort = /^([\d.]+):\d{1,5}$/.exec(value);
  if (v4WithPort) return parseIp(v4WithPort[1]!);
  return parseIp(value);
}

/** The canonical text of an address: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run as `::`). */
export function formatIp(address: IpAddress): string {
  const { bytes } = address;
  if (address.version === 4) return Array.from(bytes).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[i * 2]! << 8) | bytes[i * 2 + 1]!);
  let bestStart = -1;
  let bestLength = 1; // a single zero group is never shortened
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** A single address (`10.0.0.1`, a /32 or /128) or a CIDR range (`10.0.0.0/8`, `2001:db8::/32`). */
export function parseIpRange(text: string): IpRange | null {
  const [addressText, prefixText, ...rest] = text.trim().split('/');
  if (rest.length > 0 || !addressText) return null;
  const written = parseIp(addressText);
  if (!written) return null;
  // `::ffff:10.0.0.0/104` is the IPv4 range 10.0.0.0/8: the address was read as IPv4 already, so shift the prefix.
  const mappedV6 = written.version === 4 && addressText.includes(':');
  const maxPrefix = written.version === 4 ? 32 : 128;
  let prefix = maxPrefix;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText) - (mappedV6 ? 96 : 0);
    if (prefix < 0 || prefix > maxPrefix) return null;
  }
  return { address: written, prefix };
}

export function rangeContains(range: IpRange, address: IpAddress): boolean {
  if (range.address.version !== address.version) return false;
  const full = Math.floor(range.prefix / 8);
  for (let i = 0; i < full; i++) if (range.address.bytes[i] !== address.bytes[i]) return false;
  const bits = range.prefix % 8;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return (range.address.bytes[full]! & mask) === (address.bytes[full]! & mask);
}

/**
 * Reads a comma-separated list of addresses and ranges (the `TRUSTED_PROXIES` setting). Empty means none.
 * Returns the ranges, or the entries that could not be read.
 */
export function parseIpRangeList(text: string): { ok: true; ranges: IpRange[] } | { ok: false; invalid: string[] } {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ranges: IpRange[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const range = parseIpRange(entry);
    if (range) ranges.push(range);
    else invalid.push(entry);
  }
  return invalid.length ? { ok: false, invalid } : { ok: true, ranges };
}

/** What to tell whoever set `TRUSTED_PROXIES` when some entries could not be read. */
export function invalidRangesMessage(invalid: string[]): string {
  const named = invalid.map((entry) => `"${entry}"`).join(', ');
  return `${named} ${invalid.length === 1 ? 'is not an IP address or CIDR range' : 'are not IP addresses or CIDR ranges'}; list the proxies' addresses separated by commas, e.g. 10.0.0.0/8,2001:db8::/32,192.168.1.5`;
}
