import type { ServerResponse } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { closeLocalServers, refusal, startLocalServer, type LocalTestServer } from './safe-fetch-fixtures';
import { configureSafeFetch, fetchJson, safeFetch } from './safe-fetch';

const MiB = 1024 * 1024;

afterEach(async () => {
  configureSafeFetch({});
  await closeLocalServers();
});

async function allowedServer(handler: Parameters<typeof startLocalServer>[0]): Promise<LocalTestServer> {
  const server = await startLocalServer(handler);
  configureSafeFetch({ allowHosts: [`127.0.0.1:${server.port}`] });
  return server;
}

/** Resolves when the server side of the response is closed (the client went away, or it ended). */
function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => res.on('close', () => resolve()));
}

describe('safeFetch: time', () => {
  it('gives up on a server that never answers within timeoutMs', async () => {
    const server = await allowedServer(() => {});
    const started = Date.now();
    const error = await refusal(safeFetch(`${server.origin}/slow`, { timeoutMs: 300 }));
    const elapsed = Date.now() - started;
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`${server.origin}/slow took longer than 0.3 s to answer. Try again later, or upload the badge file instead.`);
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1500);
  });

  it('counts the body too: headers sent, then the body stalls', async () => {
    const server = await allowedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
      res.write('{"partial":');
    });
    const started = Date.now();
    expect((await refusal(safeFetch(`${server.origin}/`, { timeoutMs: 300 }))).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('safeFetch: size', () => {
  const fiveMiB = Buffer.alloc(5 * MiB, 'a');

  it('refuses a body announced larger than maxBytes, before reading it', async () => {
    let serverClosed: Promise<void> = Promise.resolve();
    const server = await allowedServer((_req, res) => {
      serverClosed = closed(res);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': fiveMiB.length });
      res.end(fiveMiB);
    });
    const error = await refusal(safeFetch(`${server.origin}/big`, { maxBytes: MiB }));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe(`${server.origin}/big sent 5 MB; the limit is 1 MB. Upload the badge file instead.`);
    await serverClosed;
  });

  it('refuses a streamed body once it passes maxBytes, and drops the connection', async () => {
    let serverClosed: Promise<void> = Promise.resolve();
    const server = await allowedServer((_req, res) => {
      serverClosed = closed(res);
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
      for (let offset = 0; offset < fiveMiB.length; offset += 64 * 1024) res.write(fiveMiB.subarray(offset, offset + 64 * 1024));
      res.end();
    });
    const error = await refusal(safeFetch(`${server.origin}/big`, { maxBytes: MiB }));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/sent more than 1 MB; the limit is 1 MB/);
    await serverClosed;
  });

  it('refuses a compression bomb by its decompressed size', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * MiB, ' '));
    expect(bomb.length).toBeLessThan(MiB / 10);
    const server = await allowedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    const error = await refusal(safeFetch(`${server.origin}/bomb`, { maxBytes: MiB }));
    expect(error.code).toBe('too_large');
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('reads a %s-compressed answer', async (encoding, compress) => {
    const body = compress(Buffer.from(JSON.stringify({ encoding })));
    const server = await allowedServer((req, res) => {
      expect(req.headers['accept-encoding']).toBe('gzip, deflate, br');
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding }).end(body);
    });
    expect(await fetchJson(`${server.origin}/`)).toEqual({ encoding });
  });

  it('reports a connection cut off halfway through the body', async () => {
    const server = await allowedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const error = await refusal(safeFetch(`${server.origin}/`));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/stopped sending before the answer was complete/);
  });

  it('reports a compressed answer that is corrupt', async () => {
    const server = await allowedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end('not gzip at all');
    });
    const error = await refusal(safeFetch(`${server.origin}/`));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/compressed answer that could not be read/);
  });
});

describe('safeFetch: what came back', () => {
  it('refuses a content type that was not asked for', async () => {
    const server = await allowedServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>'));
    const error = await refusal(safeFetch(`${server.origin}/`, { accept: ['application/json', 'application/ld+json'] }));
    expect(error.code).toBe('content_type');
    expect(error.message).toMatch(/answered with text\/html, not application\/json or application\/ld\+json/);
  });

  it('refuses a status outside 2xx and names it', async () => {
    const server = await allowedServer((_req, res) => res.writeHead(404).end('gone'));
    const error = await refusal(safeFetch(`${server.origin}/missing`));
    expect(error.code).toBe('status');
    expect(error.httpStatus).toBe(404);
    expect(error.message).toBe(`${server.origin}/missing answered with HTTP 404 (Not Found). Check the address, or upload the badge file instead.`);
  });
});
