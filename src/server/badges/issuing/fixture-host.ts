import 'server-only';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { configureSafeFetch } from '@/server/net/safe-fetch';
import { allowDidWebOverHttp } from '../verify/did-resolver';

export type FixtureHost = {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** `127.0.0.1:<port>`, as it appears in a did:web (with `:` encoded as %3A). */
  host: string;
  documents: Map<string, unknown>;
  /** Requests answered, by path (to assert what was fetched). */
  hits: string[];
  /** Paths that hang without answering (to test timeouts). */
  hang: Set<string>;
  close: () => Promise<void>;
};

/**
 * A local issuer website for tests and offline demos: serves JSON documents by URL on 127.0.0.1,
 * and lets the SSRF-safe fetcher (and did:web over http) reach it — and only it.
 */
export async function startFixtureHost(): Promise<FixtureHost> {
  const documents = new Map<string, unknown>();
  const hits: string[] = [];
  const hang = new Set<string>();
  const server = http.createServer((request, response) => {
    const url = `${base}${request.url}`;
    hits.push(request.url ?? '');
    if (hang.has(request.url ?? '')) return;
    const document = documents.get(url);
    if (document === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/ld+json' }).end(typeof document === 'string' ? document : JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const base = `http://${host}`;
  configureSafeFetch({ allowHosts: [host] });
  allowDidWebOverHttp([host]);
  return {
    base,
    host,
    documents,
    hits,
    hang,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      configureSafeFetch({});
      allowDidWebOverHttp([]);
    },
  };
}
