import 'server-only';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { FetchRefusedError } from './fetch-refused-error';

/*
 * For the fetcher's tests: real HTTP servers on 127.0.0.1 with random ports, each recording the
 * requests it received so a test can assert that a refused fetch never reached it.
 */

export type LocalTestServer = {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: http.IncomingMessage[];
};

const open: http.Server[] = [];

export async function startLocalServer(handler: http.RequestListener = (_req, res) => res.end()): Promise<LocalTestServer> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push(server);
  const { port } = server.address() as AddressInfo;
  return { port, origin: `http://127.0.0.1:${port}`, requests };
}

/** A port nothing listens on (a server is opened, then closed). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function closeLocalServers(): Promise<void> {
  const servers = open.splice(0);
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
}

export function sendJson(res: http.ServerResponse, value: unknown, contentType = 'application/json'): void {
  const body = JSON.stringify(value);
  res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The FetchRefusedError a fetch failed with (the test fails if it succeeded or failed otherwise). */
export async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}
