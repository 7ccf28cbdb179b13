import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '@/proxy';
import { arrivedOverHttps, createNonce, NON_DOCUMENT_CSP, pageContentSecurityPolicy, securityHeaderRoutes } from './security-headers';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

/** A request as Next's matchers see it: they read only its headers. */
function fakeRequest(headers: Record<string, string>): never {
  return { headers } as never;
}

// Next's own compiler of `config.matcher` (exported by the module, not by its type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};

function headerRoutesFor(production: boolean, pathname: string, headers: Record<string, string>) {
  return securityHeaderRoutes({ production }).filter(
    (route) => getPathMatch(route.source)(pathname) !== false && matchHas(fakeRequest(headers), {}, route.has ?? [], []) !== false,
  );
}

const proxyMatches = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {}));

describe('page Content-Security-Policy', () => {
  it('lets scripts run only with the nonce, or when a nonce’d script loaded them', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'abc123==', development: false, https: false }));
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy).toMatchObject({
      'default-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'connect-src': ["'self'"],
    });
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
  });

  it('allows eval only in development, and upgrades requests only over https', () => {
    expect(directives(pageContentSecurityPolicy({ nonce: 'n', development: true, https: false }))['script-src']).toContain("'unsafe-eval'");
    expect(directives(pageContentSecurityPolicy({ nonce: 'n', development: false, https: true }))).toHaveProperty('upgrade-insecure-requests');
  });

  it('never puts a nonce in style-src, where it would switch unsafe-inline off', () => {
    expect(directives(pageContentSecurityPolicy({ nonce: 'n', development: false, https: false }))['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('createNonce', () => {
  it('makes 128 random bits, new every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('arrivedOverHttps', () => {
  it('trusts the first X-Forwarded-Proto hop, then the URL', () => {
    expect(arrivedOverHttps(new Headers({ 'x-forwarded-proto': 'https, http' }), new URL('http://localhost:3000/'))).toBe(true);
    expect(arrivedOverHttps(new Headers({ 'x-forwarded-proto': 'http' }), new URL('http://localhost:3000/'))).toBe(false);
    expect(arrivedOverHttps(new Headers(), new URL('https://badgeboard.example/'))).toBe(true);
  });
});

describe('which response gets which policy', () => {
  const paths = [
    '/',
    '/cv',
    '/jobs/123',
    '/icon.svg',
    '/no-such-page',
    '/api',
    '/api/v1/me',
    '/api/auth/session',
    '/_next/static/chunks/main.js',
    '/_next/image',
  ];

  it.each(paths)('%s gets exactly one CSP, from the proxy or from next.config, and the fixed headers', (pathname) => {
    const fromConfig = headerRoutesFor(true, pathname, {}).flatMap((route) => route.headers);
    const fromProxy = proxyMatches(pathname, fakeRequest({}), {});
    const configPolicies = fromConfig.filter((header) => header.key === 'Content-Security-Policy');
    expect(configPolicies.length + (fromProxy ? 1 : 0)).toBe(1);
    expect(fromConfig.map((header) => header.key)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']),
    );
  });

  it('keeps the proxy off server-action calls (it would drain their bodies), which get the fixed policy', () => {
    expect(proxyMatches('/cv', fakeRequest({ 'next-action': 'abc' }), {})).toBe(false);
    expect(headerRoutesFor(true, '/cv', { 'next-action': 'abc' }).flatMap((route) => route.headers)).toContainEqual({
      key: 'Content-Security-Policy',
      value: NON_DOCUMENT_CSP,
    });
  });

  it('sends HSTS in production for https requests only', () => {
    const hsts = (production: boolean, headers: Record<string, string>) =>
      headerRoutesFor(production, '/api/v1/me', headers)
        .flatMap((route) => route.headers)
        .some((header) => header.key === 'Strict-Transport-Security');
    expect(hsts(true, { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(hsts(true, { 'x-forwarded-proto': 'https,http' })).toBe(true);
    expect(hsts(true, { 'x-forwarded-proto': 'http' })).toBe(false);
    expect(hsts(true, {})).toBe(false);
    expect(hsts(false, { 'x-forwarded-proto': 'https' })).toBe(false);
  });
});
