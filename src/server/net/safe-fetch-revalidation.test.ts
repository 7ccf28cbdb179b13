import { afterEach, describe, expect, it } from 'vitest';
import { closeLocalServers, refusal, startLocalServer } from './safe-fetch-fixtures';
import { configureSafeFetch, fetchJson, safeFetch } from './safe-fetch';

afterEach(async () => {
  configureSafeFetch({});
  await closeLocalServers();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Long enough that two fetches in a row fall inside it on a busy machine.
const TTL = 300;

/** A document server that honours If-None-Match / If-Modified-Since, like a status list host. */
async function listServer(validators: { etag?: boolean; lastModified?: boolean }) {
  const state = { version: 1 };
  const server = await startLocalServer((req, res) => {
    const etag = `"v${state.version}"`;
    const lastModified = new Date(Date.UTC(2026, 0, state.version)).toUTCString();
    const fresh =
      (validators.etag && req.headers['if-none-match'] === etag) ||
      (validators.lastModified && !validators.etag && req.headers['if-modified-since'] === lastModified);
    const headers = { ...(validators.etag ? { etag } : {}), ...(validators.lastModified ? { 'last-modified': lastModified } : {}) };
    if (fresh) return void res.writeHead(304, headers).end();
    const body = JSON.stringify({ version: state.version });
    res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
  return { server, state, url: `${server.origin}/status/1` };
}

describe('safeFetch: conditional requests for expired cache entries', () => {
  it('revalidates with If-None-Match: a 304 renews the kept body, a changed list arrives whole', async () => {
    const { server, state, url } = await listServer({ etag: true });
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 1 });
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 1 });
    expect(server.requests).toHaveLength(1);

    await pause(TTL + 50);
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 1 });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    // Renewed: fresh again for another ttl.
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 1 });
    expect(server.requests).toHaveLength(2);

    state.version = 2;
    await pause(TTL + 50);
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 2 });
    expect(server.requests[2]?.headers['if-none-match']).toBe('"v1"');
    await pause(TTL + 50);
    await fetchJson(url, { cacheTtlMs: TTL });
    expect(server.requests[3]?.headers['if-none-match']).toBe('"v2"');
  });

  it('revalidates with If-Modified-Since when only Last-Modified was sent', async () => {
    const { server, url } = await listServer({ lastModified: true });
    await fetchJson(url, { cacheTtlMs: TTL });
    await pause(TTL + 50);
    expect(await fetchJson(url, { cacheTtlMs: TTL })).toEqual({ version: 1 });
    expect(server.requests[1]?.headers['if-modified-since']).toBe(new Date(Date.UTC(2026, 0, 1)).toUTCString());
    expect(server.requests[1]?.headers['if-none-match']).toBeUndefined();
  });

  it('sends no conditional request without a validator, or without a cache ttl', async () => {
    const plain = await listServer({});
    await fetchJson(plain.url, { cacheTtlMs: TTL });
    await pause(TTL + 50);
    await fetchJson(plain.url, { cacheTtlMs: TTL });
    expect(plain.server.requests.map((req) => req.headers['if-none-match'] ?? req.headers['if-modified-since'] ?? null)).toEqual([null, null]);

    const tagged = await listServer({ etag: true });
    await fetchJson(tagged.url, { cacheTtlMs: TTL });
    await pause(TTL + 50);
    await fetchJson(tagged.url);
    expect(tagged.server.requests[1]?.headers['if-none-match']).toBeUndefined();
  });

  it("applies the caller's limits to a renewed answer, and a 304 nobody asked for is refused", async () => {
    const { server, url } = await listServer({ etag: true });
    await fetchJson(url, { cacheTtlMs: TTL });
    await pause(TTL + 50);
    expect((await refusal(safeFetch(url, { cacheTtlMs: TTL, accept: ['image/png'] }))).code).toBe('content_type');
    expect(server.requests).toHaveLength(2);

    const odd = await startLocalServer((_req, res) => res.writeHead(304).end());
    configureSafeFetch({ allowHosts: [`127.0.0.1:${odd.port}`] });
    expect(await refusal(safeFetch(`${odd.origin}/x`, { cacheTtlMs: TTL }))).toMatchObject({ code: 'status', httpStatus: 304 });
  });
});
