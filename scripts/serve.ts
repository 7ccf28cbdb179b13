/* eslint-disable badgeboard/require-import -- this script runs Next.js itself, so it must not run under the react-server condition (see below) */
/**
 * The web server: Next.js behind a plain `node:http` server that records who the client is.
 *
 *   tsx scripts/serve.ts [--dev] [-p PORT] [-H HOSTNAME]
 *
 * `next start` believes an incoming `X-Forwarded-For` (it only fills the header in when it is missing), so behind
 * it a client could name any address it likes. This server sets `x-badgeboard-client-ip` on every request (any
 * value the client sent is removed): the socket's peer, or, when the peer is in `TRUSTED_PROXIES`, the first
 * untrusted hop of `X-Forwarded-For` read from the right. `clientAddress()` in the app reads only that header.
 * `npm start`, `npm run dev` and the e2e run start the site through this file.
 *
 * It runs Next.js in this process, so it is started without the react-server condition other scripts use, and it
 * loads no server module (those begin with `import 'server-only'`): only the shared, pure code in src/lib.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { invalidRangesMessage, parseIpRangeList, type IpRange } from '@/lib/client-address/ip-ranges';
import { stampClientAddress } from '@/lib/client-address/stamp-client-address';

function option(names: string[]): string | undefined {
  const index = process.argv.findIndex((arg) => names.includes(arg));
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const dev = process.argv.includes('--dev');
const port = Number(option(['-p', '--port']) ?? process.env.PORT ?? 3000);
const hostname = option(['-H', '--hostname']);

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`The port must be a number from 1 to 65535 (got ${option(['-p', '--port']) ?? process.env.PORT}).`);
  // As `next start` / `next dev` do; React reads it when it is first loaded, so before `next` is imported.
  (process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? 'development' : 'production';
  const started = Date.now();
  const { default: next } = await import('next');
  const version = (createRequire(import.meta.url)('next/package.json') as { version: string }).version;

  // Filled in once Next.js is prepared; the server only listens after that.
  const ready: { handle?: ReturnType<ReturnType<typeof next>['getRequestHandler']>; trusted: readonly IpRange[] } = { trusted: [] };
  const server = createServer((request, response) => {
    stampClientAddress(request, ready.trusted);
    ready.handle!(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error');
    });
  });

  // Next.js attaches its own upgrade (dev hot reload) handling to this server.
  const app = next({ dev, dir: process.cwd(), port, hostname: hostname ?? 'localhost', httpServer: server });
  await app.prepare();
  // After prepare(), which loads the .env files and runs the app's start-up (where src/server/env.ts validates
  // every variable, TRUSTED_PROXIES included, with the same reading as here).
  const proxies = parseIpRangeList(process.env.TRUSTED_PROXIES ?? '');
  if (!proxies.ok) throw new Error(`Badgeboard cannot start: TRUSTED_PROXIES: ${invalidRangesMessage(proxies.invalid)}.`);
  ready.trusted = proxies.ranges;
  ready.handle = app.getRequestHandler();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  console.log(`  ▲ Next.js ${version} (${dev ? 'development' : 'production'}), Badgeboard server`);
  console.log(`  - Local:   http://${hostname ?? 'localhost'}:${port}`);
  console.log(
    `  - Clients: ${ready.trusted.length ? `socket address, or X-Forwarded-For through ${ready.trusted.length} trusted proxy range(s) (TRUSTED_PROXIES)` : 'socket address (no TRUSTED_PROXIES: X-Forwarded-For is ignored)'}`,
  );
  console.log(` ✓ Ready in ${Date.now() - started}ms`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`  Stopping the web server (${signal}).`);
    // Requests in flight get a few seconds to finish; then the process goes regardless.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') console.error(`\n✗ Port ${port} is taken by another program. Stop it, or choose another port (-p, or PORT for npm start).`);
  else console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
