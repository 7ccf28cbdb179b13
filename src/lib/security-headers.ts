/**
 * The security headers every response carries, in one place. Read by `next.config.ts` (headers that never change per
 * request: every path, including route handlers, `_next/static` files and errors) and by `src/proxy.ts` (the page
 * Content-Security-Policy, whose nonce is new on every request). No `server-only` here: `next.config.ts` is loaded by
 * plain Node, where that import throws; nothing in this file is secret.
 */

type Header = { key: string; value: string };
type HeaderRoute = { source: string; has?: { type: 'header'; key: string; value?: string }[]; headers: Header[] };

/** Browser features no page of ours uses; a framed or injected script cannot ask for them either. */
const DISABLED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
];

/** Two years, the value the HSTS preload list asks for; `preload` itself is left to whoever runs the domain. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** For responses that are never a document (JSON, problem+json, scripts, styles, fonts): nothing may load or frame them. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const FIXED_SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // `frame-ancestors 'none'` in the CSP is the modern form; this covers browsers that predate it.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** A fresh CSP nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of an HTML page. Scripts run only with this response's nonce, or when such a script loaded them
 * (`'strict-dynamic'`: Next's chunk loader). Styles allow `'unsafe-inline'`: React renders `style` attributes
 * (progress bars) and a reference viewer injects `<style>` elements, neither of which a nonce can cover — and a
 * nonce in `style-src` would switch `'unsafe-inline'` off. Badge images are the issuer's own https URLs.
 */
export function pageContentSecurityPolicy(options: { nonce: string; development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and fast refresh; production never does.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (local use) this would send every same-origin request to an https port nothing listens on.
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * Whether a request reached the site over https: a TLS terminator in front says so in `X-Forwarded-Proto`
 * (`scripts/serve.ts` keeps that header only from peers listed in `TRUSTED_PROXIES`).
 */
export function arrivedOverHttps(headers: Headers, url: URL): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || url.protocol === 'https:';
}

/**
 * `next.config.ts` `headers()`: the fixed headers on every path; the non-document CSP where `src/proxy.ts` does not
 * run (route handlers, static files, server-action calls); HSTS in production for requests that arrived over https.
 * These routes are evaluated per request but written into the build, so they depend on the build mode only, never on
 * run-time settings.
 */
export function securityHeaderRoutes(options: { production: boolean }): HeaderRoute[] {
  const nonDocument: Header[] = [{ key: 'Content-Security-Policy', value: NON_DOCUMENT_CSP }];
  const routes: HeaderRoute[] = [
    { source: '/:path*', headers: [...FIXED_SECURITY_HEADERS] },
    { source: '/api/:path+', headers: nonDocument },
    { source: '/_next/static/:path+', headers: nonDocument },
    { source: '/_next/image', headers: nonDocument },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }], headers: nonDocument },
  ];
  // Browsers ignore HSTS received over plain http (RFC 6797 §8.1), so even a forged X-Forwarded-Proto would gain nothing.
  if (options.production) {
    routes.push({
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https(,.*)?' }],
      headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
    });
  }
  return routes;
}
