import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/server/env';

/** Where links in outgoing mail point: NEXTAUTH_URL when set, else the origin this request came to. */
export async function appBaseUrl(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured;
  // Only in local mode (env() refuses production without NEXTAUTH_URL otherwise): Host and Origin are the client's
  // words, acceptable for links on one's own machine, never for a public site.
  const h = await headers();
  const origin = h.get('origin');
  if (origin && /^https?:\/\//.test(origin)) return origin;
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
