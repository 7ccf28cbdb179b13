import 'server-only';
import type { ApiKeyPrincipal } from './types';

/**
 * The key a bearer token names, if it is live. STUB — the API keys work replaces it (hash lookup, revocation,
 * usage counting). Returns null for any token that is not a live key.
 */
export async function authenticateApiKey(_token: string): Promise<ApiKeyPrincipal | null> {
  return null;
}
