import { formatIp, parseForwardedIp, parseIp, rangeContains, type IpAddress, type IpRange } from './ip-ranges';

/**
 * The request header our own server (`scripts/serve.ts`) sets to the client's address, after deleting whatever a
 * client sent under that name. Route handlers read only this header, never `X-Forwarded-For`.
 */
export const CLIENT_ADDRESS_HEADER = 'x-badgeboard-client-ip';

/** Headers only a trusted proxy may set; from anyone else they are removed before Next.js sees the request. */
export const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'] as const;

function isTrusted(address: IpAddress, trusted: readonly IpRange[]): boolean {
  return trusted.some((range) => rangeContains(range, address));
}

/** Whether the machine on the other end of the socket is one of our proxies (whose forwarding headers count). */
export function isTrustedPeer(socketAddress: string | undefined, trusted: readonly IpRange[]): boolean {
  const peer = socketAddress ? parseIp(socketAddress) : null;
  return peer !== null && isTrusted(peer, trusted);
}

export type ClientAddressInput = {
  /** `socket.remoteAddress`: the machine that opened the connection. */
  socketAddress: string | undefined;
  /** The `X-Forwarded-For` header as received (Node joins repeated headers with ", "). */
  forwardedFor: string | string[] | undefined;
  trusted: readonly IpRange[];
};

/**
 * Who the client is. The socket's address, unless that is a trusted proxy: then `X-Forwarded-For` is read from
 * the right (each proxy appends the address it saw), skipping trusted proxies, and the first address that is not
 * one is the client. Entries left of it were written by the client itself and are ignored, so a client cannot
 * choose its own address by sending the header. When every hop is trusted, or an entry cannot be read, the nearest
 * hop that vouched for the request is used. Null when the socket has no address (already closed).
 */
export function resolveClientAddress({ socketAddress, forwardedFor, trusted }: ClientAddressInput): string | null {
  const peer = socketAddress ? parseIp(socketAddress) : null;
  if (!peer) return null;
  if (!isTrusted(peer, trusted)) return formatIp(peer);
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  let nearest = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = parseForwardedIp(chain[i]!);
    if (!hop) break;
    if (!isTrusted(hop, trusted)) return formatIp(hop);
    nearest = hop;
  }
  return formatIp(nearest);
}

/** The address our server recorded for this request, if it is a well-formed one. */
export function readClientAddressHeader(value: string | null | undefined): string | null {
  if (!value) return null;
  const address = parseIp(value);
  return address ? formatIp(address) : null;
}
