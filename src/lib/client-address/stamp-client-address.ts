import type { IncomingHttpHeaders } from 'node:http';
import type { IpRange } from './ip-ranges';
import { CLIENT_ADDRESS_HEADER, isTrustedPeer, PROXY_HEADERS, resolveClientAddress } from './resolve-client-address';

/** The parts of a Node request this touches (an `IncomingMessage` has them). */
export type NodeRequest = {
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  socket: { remoteAddress?: string };
};

/**
 * Run by our server on every request before Next.js sees it: removes any `x-badgeboard-client-ip` the client sent
 * and sets it to the real client (see `resolveClientAddress`). Forwarding headers (`X-Forwarded-*`, `Forwarded`,
 * `X-Real-IP`) are removed too unless the peer is a trusted proxy, so nothing downstream (Next.js's own origin
 * check, mail links) believes a host, scheme or address a client wrote itself. Both `headers` and `rawHeaders`
 * are rewritten, so every reader sees the same request. Returns the address set (null: socket already closed).
 */
export function stampClientAddress(request: NodeRequest, trusted: readonly IpRange[]): string | null {
  const peerTrusted = isTrustedPeer(request.socket.remoteAddress, trusted);
  const address = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers['x-forwarded-for'],
    trusted,
  });
  const drop = new Set<string>([CLIENT_ADDRESS_HEADER, ...(peerTrusted ? [] : PROXY_HEADERS)]);
  for (const name of drop) delete request.headers[name];
  const raw: string[] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    if (!drop.has(request.rawHeaders[i]!.toLowerCase())) raw.push(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  }
  if (address) {
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    raw.push(CLIENT_ADDRESS_HEADER, address);
  }
  request.rawHeaders = raw;
  return address;
}
