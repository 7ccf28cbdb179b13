import 'server-only';
import { bundledContexts } from './contexts';

export class UnknownContextError extends Error {
  constructor(readonly url: string) {
    super(`The credential uses a JSON-LD context Badgeboard does not know (${url}); contexts are never fetched from the network.`);
    this.name = 'UnknownContextError';
  }
}

type LoadedDocument = { contextUrl: null; documentUrl: string; document: unknown };

/** JSON-LD document loader for signing: bundled contexts only. */
export async function documentLoader(url: string): Promise<LoadedDocument> {
  const context = bundledContexts.get(url);
  if (context) return { contextUrl: null, documentUrl: url, document: context };
  throw new UnknownContextError(url);
}

/**
 * JSON-LD document loader for checking a proof: bundled contexts, and the verification methods resolved
 * beforehand (through `resolveVerificationMethod`, where fetch failures are classified by type). The
 * signature libraries never reach the network through it: anything else is an unknown context.
 */
export function proofDocumentLoader(keys: ReadonlyMap<string, Record<string, unknown>>): (url: string) => Promise<LoadedDocument> {
  return async (url) => {
    const key = keys.get(url);
    if (key) return { contextUrl: null, documentUrl: url, document: key };
    return documentLoader(url);
  };
}
