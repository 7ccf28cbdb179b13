import 'server-only';
import { AppError } from '@/server/errors';

/** Origins this site is served at: the request's own, and the configured public URL (behind a proxy they differ). */
function ownOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  if (host) origins.add(`${proto}://${host}`);
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // An invalid NEXTAUTH_URL is reported at start-up by env validation.
    }
  }
  return origins;
}

/**
 * Cross-site request forgery check for a cookie-authenticated mutation. Browsers say where a request comes from:
 * `Sec-Fetch-Site` (all current browsers) must be `same-origin` (or `none`: typed by the user); without it, `Origin`
 * must be this site. A request with neither comes from no browser (a script holding its own cookie), which cannot
 * be forged by a page, so it passes — the same rule as Go's net/http CrossOriginProtection.
 */
export function checkSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    if (site === 'same-origin' || site === 'none') return;
    throw new AppError(
      'auth:cross_origin',
      `This request came from another site (Sec-Fetch-Site: ${site.slice(0, 40)}) and was refused. Use Badgeboard's own pages, or an API key.`,
    );
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  if (!ownOrigins(request).has(origin)) {
    throw new AppError(
      'auth:cross_origin',
      `This request came from ${origin.slice(0, 100)}, not from Badgeboard, and was refused. Use Badgeboard's own pages, or an API key.`,
    );
  }
}
