import 'server-only';
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress } from './address-policy';
import { FetchRefusedError } from './fetch-refused-error';

/*
 * Decides whether one hop of a fetch may go ahead: the URL's scheme and shape, then the
 * addresses its host resolves to. The resolved addresses are returned so the connection can be
 * pinned to exactly what was checked (a second DNS answer could point somewhere else).
 */

export type FetchTargetPolicy = {
  /** `host` or `host:port` (IPv6 as in URLs, `[::1]:8080`) allowed even when private or loopback. */
  allowHosts?: string[];
  /** Skip the address check entirely (local development against private services). */
  allowPrivate?: boolean;
};

let allowHosts = new Set<string>();
let allowPrivate = false;

/** Replaces the whole policy: anything not given goes back to the default (nothing allowed). */
export function setFetchTargetPolicy(policy: FetchTargetPolicy): void {
  allowHosts = new Set((policy.allowHosts ?? []).map((entry) => entry.trim().toLowerCase()));
  allowPrivate = policy.allowPrivate ?? false;
}

export type FetchTarget = {
  url: URL;
  /** Host name or IP without IPv6 brackets: what SNI and the Host header carry. */
  host: string;
  port: number;
  /** Checked addresses to connect to, in resolver order. */
  addresses: LookupAddress[];
};

/** The URL as it may appear in messages: never with a user name or password. */
export function displayUrl(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href;
}

/** Parses `raw` (relative to `base` for redirects) and checks scheme and credentials. */
export function parseFetchUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    const shown = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
    throw new FetchRefusedError('scheme', shown, `"${shown}" is not a web address. Check it and try again.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError(
      'scheme',
      displayUrl(url),
      `Refused to fetch ${displayUrl(url)}: only http and https addresses can be fetched. Use the badge's public https:// URL.`,
    );
  }
  if (url.username || url.password) {
    throw new FetchRefusedError(
      'scheme',
      displayUrl(url),
      `Refused to fetch ${displayUrl(url)}: the address contained a user name or password. Use the badge's public URL without them.`,
    );
  }
  return url;
}

/** Resolves the URL's host and refuses it when any address is not public (unless allowed). */
export async function resolveFetchTarget(url: URL, redirectedFrom?: string): Promise<FetchTarget> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const shown = displayUrl(url);
  const via = redirectedFrom ? ` (redirected from ${redirectedFrom})` : '';

  const literalFamily = isIP(host);
  const addresses = literalFamily ? [{ address: host, family: literalFamily }] : await resolveHost(host, shown, via);

  if (!allowPrivate && !isAllowListed(url.hostname, host, port) && !addresses.every((a) => isPublicAddress(a.address))) {
    throw new FetchRefusedError(
      'address',
      shown,
      `Refused to fetch ${shown}${via}: it points at a private or local network address. Use the badge's public URL.`,
    );
  }
  return { url, host, port, addresses };
}

function isAllowListed(hostname: string, host: string, port: number): boolean {
  const candidates = [hostname, `${hostname}:${port}`, host, `${host}:${port}`];
  return candidates.some((candidate) => allowHosts.has(candidate.toLowerCase()));
}

async function resolveHost(host: string, shown: string, via: string): Promise<LookupAddress[]> {
  try {
    const addresses = await lookup(host, { all: true });
    if (addresses.length > 0) return addresses;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EAI_AGAIN' ? 'the name lookup failed for now' : 'no server has that name';
    throw new FetchRefusedError('dns', shown, `Could not find ${shown}${via}: ${reason}. Check the address, or try again later.`, { cause: error });
  }
  throw new FetchRefusedError('dns', shown, `Could not find ${shown}${via}: no server has that name. Check the address.`);
}
