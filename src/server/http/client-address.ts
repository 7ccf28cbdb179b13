import 'server-only';
import { formatIp, parseIp } from '@/lib/client-address/ip-ranges';
import { CLIENT_ADDRESS_HEADER, readClientAddressHeader } from '@/lib/client-address/resolve-client-address';

export { CLIENT_ADDRESS_HEADER };

/** What `clientAddress` answers when our server did not say: every such client shares this one rate-limit bucket. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The address of the client that sent this request, as `scripts/serve.ts` recorded it: the socket's peer, or the
 * first untrusted hop of `X-Forwarded-For` when the peer is one of `TRUSTED_PROXIES`. Headers a client sends
 * itself are never read here.
 *
 * `'unknown'` when the header is missing, i.e. the app was started with `next start`/`next dev` directly instead of
 * our server: all clients then share one bucket in every per-address limit, so a busy or hostile client slows
 * everyone down. Run the app with `npm start` (or `tsx scripts/serve.ts`) to key limits per client.
 *
 * Takes a `Headers` (route handlers, `headers()` in actions) or a plain header record (next-auth's `req.headers`).
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  if (!headers) return UNKNOWN_CLIENT;
  const value =
    headers instanceof Headers || typeof headers.get === 'function' ? (headers as Headers).get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const address = readClientAddressHeader(typeof value === 'string' ? value : null);
  return address ? limitSubject(address) : UNKNOWN_CLIENT;
}

/**
 * The unit a per-address limit counts: an IPv4 address, or an IPv6 client's /64 — one home or server is routinely
 * given a whole /64, so counting single IPv6 addresses would let it take a fresh one for every request.
 */
export function limitSubject(address: string): string {
  const parsed = parseIp(address);
  if (!parsed || parsed.version === 4) return address;
  const network = new Uint8Array(16);
  network.set(parsed.bytes.subarray(0, 8));
  return `${formatIp({ version: 6, bytes: network })}/64`;
}
