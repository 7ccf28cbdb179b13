import { afterEach, describe, expect, it } from 'vitest';
import { closedPort, closeLocalServers, refusal, sendJson, startLocalServer } from './safe-fetch-fixtures';
import { configureSafeFetch, fetchJson, safeFetch } from './safe-fetch';

afterEach(async () => {
  configureSafeFetch({});
  await closeLocalServers();
});

describe('safeFetch: what may be fetched', () => {
  it.each(['ftp://example.org/badge.json', 'file:///etc/passwd', 'data:application/json,{}', 'gopher://example.org/', 'not a url'])(
    'refuses %s',
    async (url) => {
      const error = await refusal(safeFetch(url));
      expect(error.code).toBe('scheme');
    },
  );

  it('refuses a URL carrying a user name or password, and does not repeat them', async () => {
    const error = await refusal(safeFetch('https://alice:secret@example.org/badge.json'));
    expect(error.code).toBe('scheme');
    expect(error.message).toMatch(/user name or password/);
    expect(error.message).not.toMatch(/secret/);
    expect(error.url).toBe('https://example.org/badge.json');
  });

  it('refuses private and local targets without connecting', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    const urls = [
      `${server.origin}/badge.json`,
      `http://localhost:${server.port}/badge.json`,
      `http://[::1]:${server.port}/badge.json`,
      `http://[::ffff:127.0.0.1]:${server.port}/badge.json`,
      `http://2130706433:${server.port}/badge.json`, // 127.0.0.1 written as one number
      `http://0.0.0.0:${server.port}/badge.json`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/badge.json',
      'http://192.168.1.1/badge.json',
    ];
    for (const url of urls) {
      const error = await refusal(safeFetch(url));
      expect.soft(error.code, url).toBe('address');
      expect.soft(error.message, url).toMatch(/private or local network address\. Use the badge's public URL\./);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('fetches an allowed host and parses its JSON', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { type: 'Assertion' }, 'application/ld+json; charset=utf-8'));
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });

    const result = await safeFetch(`${server.origin}/badge.json?v=1`, { accept: ['application/ld+json'] });
    expect(result).toMatchObject({ url: `${server.origin}/badge.json?v=1`, status: 200, contentType: 'application/ld+json' });
    expect(result.json()).toEqual({ type: 'Assertion' });
    expect(await fetchJson(`${server.origin}/badge.json`)).toEqual({ type: 'Assertion' });

    const [first] = server.requests;
    expect(first?.url).toBe('/badge.json?v=1');
    expect(first?.headers.host).toBe(`127.0.0.1:${server.port}`);
    expect(first?.headers.accept).toBe('application/ld+json');
  });

  it('connects to the checked address of an allowed host name, keeping the name in Host', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    configureSafeFetch({ allowHosts: [`localhost:${server.port}`] });
    expect(await fetchJson(`http://localhost:${server.port}/`)).toEqual({ ok: true });
    expect(server.requests[0]?.headers.host).toBe(`localhost:${server.port}`);
  });

  it('allows a listed host only on the listed port', async () => {
    const allowed = await startLocalServer();
    const other = await startLocalServer();
    configureSafeFetch({ allowHosts: [`127.0.0.1:${allowed.port}`] });
    expect((await refusal(safeFetch(`${other.origin}/`))).code).toBe('address');
    expect(other.requests).toHaveLength(0);
  });

  it('allows everything private with allowPrivate', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    configureSafeFetch({ allowPrivate: true });
    expect(await fetchJson(`${server.origin}/`)).toEqual({ ok: true });
  });

  it('reports a host that does not resolve and a port nobody listens on', async () => {
    expect((await refusal(safeFetch('https://no-such-host.invalid/badge.json'))).code).toBe('dns');

    const port = await closedPort();
    configureSafeFetch({ allowHosts: [`127.0.0.1:${port}`] });
    const error = await refusal(safeFetch(`http://127.0.0.1:${port}/`));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/connection was refused/);
  });

  it('refuses a body that is not JSON when JSON was asked for', async () => {
    const server = await startLocalServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>'));
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    const error = await refusal(fetchJson(`${server.origin}/`));
    expect(error.code).toBe('content_type');
    expect(error.message).toMatch(/did not send valid JSON/);
  });
});

describe('safeFetch: redirects', () => {
  it('follows a relative redirect and reports the final URL', async () => {
    const server = await startLocalServer((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else sendJson(res, { moved: true });
    });
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    const result = await safeFetch(`${server.origin}/old`);
    expect(result.url).toBe(`${server.origin}/new`);
    expect(result.json()).toEqual({ moved: true });
  });

  it('checks every hop: a redirect to a loopback port that is not allowed is refused', async () => {
    const internal = await startLocalServer((_req, res) => sendJson(res, { secret: true }));
    const server = await startLocalServer((_req, res) => res.writeHead(302, { location: `${internal.origin}/admin` }).end());
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });

    const error = await refusal(safeFetch(`${server.origin}/badge.json`));
    expect(error.code).toBe('address');
    expect(error.url).toBe(`${internal.origin}/admin`);
    expect(error.message).toContain(`redirected from ${server.origin}/badge.json`);
    expect(internal.requests).toHaveLength(0);
  });

  it('refuses a redirect to another scheme', async () => {
    const server = await startLocalServer((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    expect((await refusal(safeFetch(`${server.origin}/`))).code).toBe('scheme');
  });

  it('gives up on a redirect loop after maxRedirects', async () => {
    const server = await startLocalServer((req, res) => res.writeHead(307, { location: req.url }).end());
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    const error = await refusal(safeFetch(`${server.origin}/loop`));
    expect(error.code).toBe('redirects');
    expect(error.message).toMatch(/redirected more than 3 times/);
    expect(server.requests).toHaveLength(4);
  });
});

describe('safeFetch: cache', () => {
  it('answers a repeat from the cache when cacheTtlMs > 0', async () => {
    let count = 0;
    const server = await startLocalServer((_req, res) => sendJson(res, { count: ++count }));
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    const url = `${server.origin}/did.json`;

    expect(await fetchJson(url, { cacheTtlMs: 60_000 })).toEqual({ count: 1 });
    expect(await fetchJson(`${url}#key-1`, { cacheTtlMs: 60_000 })).toEqual({ count: 1 });
    expect(server.requests).toHaveLength(1);

    // Without a ttl the cache is neither read nor written.
    expect(await fetchJson(url)).toEqual({ count: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('still applies the caller’s content-type check to a cached answer', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    await safeFetch(`${server.origin}/`, { cacheTtlMs: 60_000 });
    const error = await refusal(safeFetch(`${server.origin}/`, { cacheTtlMs: 60_000, accept: ['image/png'] }));
    expect(error.code).toBe('content_type');
    expect(server.requests).toHaveLength(1);
  });

  it('forgets cached answers when the policy changes', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
    await safeFetch(`${server.origin}/`, { cacheTtlMs: 60_000 });
    configureSafeFetch({});
    expect((await refusal(safeFetch(`${server.origin}/`, { cacheTtlMs: 60_000 }))).code).toBe('address');
  });
});
