import { bundledContexts } from './contexts';
import { resolveDid } from './did-resolver';

export class UnknownContextError extends Error {
  constructor(readonly url: string) {
    super(`The credential uses a JSON-LD context Badgeboard does not know (${url}); contexts are never fetched from the network.`);
    this.name = 'UnknownContextError';
  }
}

/** JSON-LD document loader for proof checks: bundled contexts and DIDs only. */
export async function documentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  const context = bundledContexts.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: context };
  if (url.startsWith('did:')) return { contextUrl: null, documentUrl: url, document: await resolveDid(url) };
  throw new UnknownContextError(url);
}
