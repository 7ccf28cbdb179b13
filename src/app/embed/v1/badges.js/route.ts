import { EMBED_SCRIPT } from '@/server/sharing/embed-script';

export const dynamic = 'force-dynamic';

/**
 * The embeddable badge section's script, for other sites' pages: any origin may load it, caches may keep it for an
 * hour. It is versioned by its path (`/v1/`), so a change that breaks embeds gets a new one.
 */
export function GET(): Response {
  return new Response(EMBED_SCRIPT, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600, stale-while-revalidate=86400',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    },
  });
}
