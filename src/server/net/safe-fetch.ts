import 'server-only';
import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { FetchRefusedError, formatBytes, formatDuration } from './fetch-refused-error';
import { displayUrl, parseFetchUrl, resolveFetchTarget, setFetchTargetPolicy, type FetchTarget, type FetchTargetPolicy } from './fetch-target';
import { readBody } from './read-body';
import { ResponseCache, type CachedResponse } from './response-cache';

/*
 * The one way the server fetches anything from the network (hosted assertions, issuer profiles,
 * DID documents, status lists). Every hop is checked before connecting and the connection is
 * pinned to the checked addresses; size, time and content type are capped.
 */

export { FetchRefusedError, type FetchRefusedCode } from './fetch-refused-error';
export { isPublicAddress } from './address-policy';

export type SafeFetchOptions = {
  /** Allowed media types (no parameters), e.g. `['application/json']`. Unset: any type. */
  accept?: string[];
  /** Largest body accepted, after decompression. Default 1 MiB. */
  maxBytes?: number;
  /** Total time for the whole fetch, redirects, connect and body included. Default 5000. */
  timeoutMs?: number;
  /** Default 3. Every hop is checked like the first. */
  maxRedirects?: number;
  /** When > 0, a successful response is kept in-process by URL for this long. Default 0. */
  cacheTtlMs?: number;
};

export type SafeFetchResult = {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters, lower case (`application/ld+json`); '' when none was sent. */
  contentType: string;
  body: Buffer;
  text(): string;
  /** Parses the body; throws FetchRefusedError `content_type` when it is not JSON. */
  json(): unknown;
};

/** Media types that carry JSON documents we fetch: plain, JSON-LD, DID documents, credentials. */
export const JSON_MEDIA_TYPES = [
  'application/json',
  'application/ld+json',
  'application/did+json',
  'application/did+ld+json',
  'application/vc+ld+json',
  'application/vc',
];

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Badgeboard (+badge verification)';

const cache = new ResponseCache(500, 32 * 1024 * 1024);

/**
 * Sets which private or local hosts may be fetched (tests, local development). Each call
 * replaces the previous settings, and empties the cache so nothing fetched under a looser
 * policy outlives it.
 */
export function configureSafeFetch(config: FetchTargetPolicy): void {
  setFetchTargetPolicy(config);
  cache.clear();
}

type Settings = Required<Omit<SafeFetchOptions, 'accept'>> & { accept: string[] };

/** Documents served instead of the network, by URL (the verify CLI's `--preload`, for offline checks). */
let preloaded = new Map<string, { contentType: string; body: Buffer }>();
let preloadedOnly = false;
/** With `offline`, a URL not among the documents is answered as not found (HTTP 404) and nothing reaches the network. */
export function setPreloadedDocuments(documents: Map<string, { contentType: string; body: Buffer }>, options: { offline?: boolean } = {}): void {
  preloaded = new Map([...documents].map(([url, document]) => [url.replace(/#.*$/, ''), document]));
  preloadedOnly = options.offline ?? false;
}

export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const settings: Settings = {
    accept: (options.accept ?? []).map(mediaType),
    maxBytes: options.maxBytes ?? 1024 * 1024,
    timeoutMs: options.timeoutMs ?? 5000,
    maxRedirects: options.maxRedirects ?? 3,
    cacheTtlMs: options.cacheTtlMs ?? 0,
  };
  const first = parseFetchUrl(url);
  const cacheKey = first.href.replace(/#.*$/, ''); // the fragment never reaches the server
  const local = preloaded.get(cacheKey);
  if (local) {
    checkContentType(local.contentType, settings.accept, cacheKey);
    return toResult({ url: cacheKey, status: 200, contentType: local.contentType, body: local.body });
  }
  if (preloadedOnly) {
    throw new FetchRefusedError('status', cacheKey, `${cacheKey} is not among the preloaded documents (offline check: nothing is fetched).`, {
      httpStatus: 404,
    });
  }

  if (settings.cacheTtlMs > 0) {
    const cached = cache.get(cacheKey);
    if (cached) return toResult(checkCached(cached, settings, cached.url));
  }

  // An expired answer that named a validator is asked for conditionally: a 304 renews it without a body.
  const stale = settings.cacheTtlMs > 0 ? cache.stale(cacheKey) : undefined;

  // One deadline for everything. DNS lookups cannot be cancelled, hence the race; the abort
  // signal tears down whichever connection is open when time runs out.
  const controller = new AbortController();
  const progress = { url: displayUrl(first) };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new FetchRefusedError(
          'timeout',
          progress.url,
          `${progress.url} took longer than ${formatDuration(settings.timeoutMs)} to answer. Try again later, or upload the badge file instead.`,
        ),
      );
    }, settings.timeoutMs);
  });
  try {
    const response = await Promise.race([followRedirects(first, settings, controller.signal, progress, stale), deadline]);
    if (settings.cacheTtlMs > 0) cache.set(cacheKey, response, settings.cacheTtlMs);
    return toResult(response);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** `safeFetch` with JSON media types accepted (unless `accept` is given) and the body parsed. */
export async function fetchJson(url: string, options: SafeFetchOptions = {}): Promise<unknown> {
  const result = await safeFetch(url, { ...options, accept: options.accept ?? JSON_MEDIA_TYPES });
  return result.json();
}

async function followRedirects(
  first: URL,
  settings: Settings,
  signal: AbortSignal,
  progress: { url: string },
  stale?: CachedResponse,
): Promise<CachedResponse> {
  let url = first;
  let redirectedFrom: string | undefined;
  for (let redirects = 0; ; redirects++) {
    progress.url = displayUrl(url);
    const target = await resolveFetchTarget(url, redirectedFrom);
    signal.throwIfAborted();
    // Validators belong to the URL that answered last time, so they go only to that hop.
    const conditional = stale?.url === url.href ? stale : undefined;
    const response = await request(target, settings.accept, signal, conditional);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;

    if (status === 304 && conditional) {
      response.destroy();
      return checkCached(conditional, settings, progress.url);
    }

    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      if (redirects >= settings.maxRedirects) {
        const start = displayUrl(first);
        throw new FetchRefusedError(
          'redirects',
          progress.url,
          `${start} redirected more than ${settings.maxRedirects} times. Use the badge's final address, or upload the badge file instead.`,
        );
      }
      redirectedFrom = progress.url;
      url = parseFetchUrl(location, url);
      continue;
    }

    if (status < 200 || status >= 300) {
      response.destroy();
      const reason = http.STATUS_CODES[status];
      throw new FetchRefusedError(
        'status',
        progress.url,
        `${progress.url} answered with HTTP ${status}${reason ? ` (${reason})` : ''}. Check the address, or upload the badge file instead.`,
        { httpStatus: status },
      );
    }

    const contentType = mediaType(response.headers['content-type']);
    try {
      checkContentType(contentType, settings.accept, progress.url);
    } catch (error) {
      response.destroy();
      throw error;
    }
    const body = await readBody(response, progress.url, settings.maxBytes);
    const { etag, 'last-modified': lastModified } = response.headers;
    return { url: url.href, status, contentType, body, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }
}

function request(target: FetchTarget, accept: string[], signal: AbortSignal, conditional?: CachedResponse): Promise<IncomingMessage> {
  const { url, host, port, addresses } = target;
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      {
        protocol: url.protocol,
        hostname: host,
        port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          accept: accept.length > 0 ? accept.join(', ') : '*/*',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': USER_AGENT,
          ...(conditional?.etag ? { 'if-none-match': conditional.etag } : {}),
          ...(conditional?.lastModified ? { 'if-modified-since': conditional.lastModified } : {}),
        },
        // A fresh connection every time: a pooled socket may have been opened by code that
        // never checked where it leads.
        agent: false,
        lookup: pinnedLookup(addresses),
        ...(secure && !isIP(host) ? { servername: host } : {}),
        signal,
      },
      resolve,
    );
    req.on('error', (error) => reject(networkError(displayUrl(url), error)));
    req.end();
  });
}

/** Answers Node's connect-time lookup with the addresses already checked, never asking DNS again. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family ? addresses.filter((a) => a.family === family) : addresses;
    const [firstUsable] = usable;
    if (!firstUsable) {
      const error: NodeJS.ErrnoException = new Error(`No IPv${family} address was checked for this host`);
      error.code = 'ENOTFOUND';
      callback(error, '');
    } else if (options.all) {
      callback(null, usable);
    } else {
      callback(null, firstUsable.address, firstUsable.family);
    }
  };
}

function networkError(url: string, error: Error): FetchRefusedError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason =
    code === 'ECONNREFUSED'
      ? 'the connection was refused'
      : code === 'ECONNRESET'
        ? 'the connection was cut off'
        : /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)
          ? 'its security certificate could not be trusted'
          : /UNREACH|ETIMEDOUT/.test(code)
            ? 'the server could not be reached'
            : 'the connection failed';
  return new FetchRefusedError('network', url, `Could not fetch ${url}: ${reason}. Try again later, or upload the badge file instead.`, { cause: error });
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A kept answer passes this caller's content-type and size limits as a fresh one would. */
function checkCached(cached: CachedResponse, settings: Settings, url: string): CachedResponse {
  checkContentType(cached.contentType, settings.accept, url);
  if (cached.body.length > settings.maxBytes) {
    throw new FetchRefusedError(
      'too_large',
      url,
      `${url} sent ${formatBytes(cached.body.length)}; the limit is ${formatBytes(settings.maxBytes)}. Upload the badge file instead.`,
    );
  }
  return cached;
}

function checkContentType(contentType: string, accept: string[], url: string): void {
  if (accept.length === 0 || accept.includes(contentType)) return;
  throw new FetchRefusedError(
    'content_type',
    url,
    `${url} answered with ${contentType || 'no content type'}, not ${accept.join(' or ')}. ` +
      'Check that the address points at the badge data itself rather than a web page.',
  );
}

function toResult(response: CachedResponse): SafeFetchResult {
  // A copy, so a caller changing its buffer cannot change what the cache hands out next.
  const body = Buffer.from(response.body);
  const text = () => body.toString('utf8').replace(/^\uFEFF/, '');
  return {
    url: response.url,
    status: response.status,
    contentType: response.contentType,
    body,
    text,
    json() {
      try {
        return JSON.parse(text()) as unknown;
      } catch (error) {
        throw new FetchRefusedError(
          'content_type',
          response.url,
          `${response.url} did not send valid JSON. Check that the address points at the badge data itself rather than a web page.`,
          { cause: error },
        );
      }
    },
  };
}
