import 'server-only';
import { isIPv4, isIPv6 } from 'node:net';

/*
 * Which IP addresses an outbound fetch may connect to. Pure: no DNS, no configuration.
 *
 * IPv4 is a deny list of special-purpose ranges (RFC 6890 and friends). IPv6 is an allow list:
 * only global unicast (2000::/3) minus documentation and tunnelling ranges, plus the forms that
 * embed an IPv4 address (mapped, NAT64, 6to4), which are judged by that IPv4 address. Anything
 * that does not parse as an address is not public.
 */

type Range = { bytes: number[]; prefix: number };

function range(cidr: string): Range {
  const [address = '', prefix = ''] = cidr.split('/');
  const bytes = isIPv4(address) ? parseIPv4(address) : parseIPv6(address);
  if (!bytes) throw new Error(`Bad CIDR in address policy: ${cidr}`);
  return { bytes, prefix: Number(prefix) };
}

const nonPublicIPv4 = [
  '0.0.0.0/8', // "this network", includes the unspecified 0.0.0.0
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, includes cloud metadata 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation (TEST-NET-1)
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation (TEST-NET-2)
  '203.0.113.0/24', // documentation (TEST-NET-3)
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, includes broadcast 255.255.255.255
].map(range);

const globalUnicastIPv6 = range('2000::/3');

const nonPublicGlobalIPv6 = [
  '2001::/32', // Teredo: the embedded client address is obfuscated, so it cannot be judged
  '2001:10::/28', // ORCHID
  '2001:20::/28', // ORCHIDv2
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation
].map(range);

/** IPv6 forms that carry an IPv4 address, and where in the 16 bytes it sits. */
const embeddedIPv4 = [
  { within: range('::ffff:0:0/96'), offset: 12 }, // IPv4-mapped
  { within: range('64:ff9b::/96'), offset: 12 }, // NAT64 well-known prefix
  { within: range('2002::/16'), offset: 2 }, // 6to4
];

export function isPublicAddress(ip: string): boolean {
  if (isIPv4(ip)) {
    const bytes = parseIPv4(ip);
    return bytes !== null && isPublicIPv4(bytes);
  }
  const bytes = isIPv6(ip) ? parseIPv6(ip) : null;
  if (!bytes) return false;
  for (const { within, offset } of embeddedIPv4) {
    if (inRange(bytes, within)) return isPublicIPv4(bytes.slice(offset, offset + 4));
  }
  return inRange(bytes, globalUnicastIPv6) && !nonPublicGlobalIPv6.some((r) => inRange(bytes, r));
}

function isPublicIPv4(bytes: number[]): boolean {
  return !nonPublicIPv4.some((r) => inRange(bytes, r));
}

function inRange(bytes: number[], { bytes: base, prefix }: Range): boolean {
  if (bytes.length !== base.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const width = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((base[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** Strict dotted-quad only; `net.isIPv4` has already rejected octal and hex forms. */
function parseIPv4(text: string): number[] | null {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return null;
  return parts;
}

function parseIPv6(input: string): number[] | null {
  let text = input.replace(/^\[|\]$/g, '');
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);

  // A trailing dotted quad (::ffff:127.0.0.1) becomes two 16-bit groups.
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }

  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groupsOf(halves[0]);
  const rest = groupsOf(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];

  const bytes: number[] = [];
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  return bytes;
}
