import { NextResponse, type NextRequest } from 'next/server';
import { arrivedOverHttps, createNonce, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from '@/lib/security-headers';

/**
 * Gives every page its own Content-Security-Policy nonce. Next reads the nonce from the request's CSP header and puts
 * it on its own scripts while rendering (pages render per request: the root layout is dynamic); `x-nonce` carries it
 * to any server component that renders a script of its own (`(await headers()).get('x-nonce')`). The fixed headers
 * come from `next.config.ts`.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const https = arrivedOverHttps(request.headers, request.nextUrl);
  const policy = pageContentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (https && process.env.NODE_ENV === 'production') response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Not route handlers or static files: they get a fixed policy from next.config.ts. Running the proxy on a
      // request with a body makes Next buffer and drain that body before the handler sees it, which would defeat
      // the handlers' streamed size limits — so API routes and server-action calls (`Next-Action`) stay out.
      source: '/((?!api/|_next/static/|_next/image).*)',
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
