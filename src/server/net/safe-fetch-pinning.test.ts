import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLocalServers, refusal, sendJson, startLocalServer } from './safe-fetch-fixtures';
import { configureSafeFetch, safeFetch } from './safe-fetch';

// The resolver is replaced so a made-up host name can "resolve" to chosen addresses.
const dns = vi.hoisted(() => ({ lookup: vi.fn() }));
vi.mock('node:dns/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:dns/promises')>()),
  lookup: dns.lookup,
}));

beforeEach(() => {
  dns.lookup.mockReset();
});

afterEach(async () => {
  configureSafeFetch({});
  await closeLocalServers();
});

describe('safeFetch: DNS', () => {
  it('connects to the address it checked, without asking DNS again, and sends the host name', async () => {
    const server = await startLocalServer((_req, res) => sendJson(res, { ok: true }));
    dns.lookup.mockResolvedValue([{ address: '127.0.0.1', family: 4 }]);
    configureSafeFetch({ allowHosts: [`issuer.example:${server.port}`] });

    const result = await safeFetch(`http://issuer.example:${server.port}/badge.json`);
    expect(result.json()).toEqual({ ok: true });
    expect(dns.lookup).toHaveBeenCalledTimes(1);
    expect(dns.lookup).toHaveBeenCalledWith('issuer.example', { all: true });
    expect(server.requests[0]?.headers.host).toBe(`issuer.example:${server.port}`);
  });

  it('refuses a host when any one of its addresses is private', async () => {
    const server = await startLocalServer();
    dns.lookup.mockResolvedValue([
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]);
    expect((await refusal(safeFetch(`http://issuer.example:${server.port}/`))).code).toBe('address');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an IPv6 answer that maps to an IPv4 loopback', async () => {
    dns.lookup.mockResolvedValue([{ address: '::ffff:127.0.0.1', family: 6 }]);
    expect((await refusal(safeFetch('https://issuer.example/'))).code).toBe('address');
  });

  it('times out a lookup that never returns', async () => {
    dns.lookup.mockReturnValue(new Promise(() => {}));
    expect((await refusal(safeFetch('https://issuer.example/', { timeoutMs: 200 }))).code).toBe('timeout');
  });
});

/** A throwaway self-signed certificate for issuer.example, made with the openssl CLI when present. */
function selfSignedCertificate(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'safe-fetch-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        '/CN=issuer.example',
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = selfSignedCertificate();

describe.skipIf(!certificate)('safeFetch: https', () => {
  it('sends the host name as SNI to the pinned address and refuses an untrusted certificate', async () => {
    const context = createSecureContext(certificate ?? {});
    const serverNames: string[] = [];
    const server = createServer({
      ...certificate,
      SNICallback: (name, done) => {
        serverNames.push(name);
        done(null, context);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      dns.lookup.mockResolvedValue([{ address: '127.0.0.1', family: 4 }]);
      configureSafeFetch({ allowHosts: [`issuer.example:${port}`] });

      const error = await refusal(safeFetch(`https://issuer.example:${port}/badge.json`));
      expect(error.code).toBe('network');
      expect(error.message).toMatch(/security certificate could not be trusted/);
      expect(serverNames).toEqual(['issuer.example']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
