import 'server-only';
import { didWebUrl } from './did-resolver';

/** did:web:example.com:issuers:1 → https://example.com/issuers/1 (the web address the DID stands for). */
function didWebAddress(did: string): string | null {
  try {
    return didWebUrl(did).replace(/\/(\.well-known\/)?did\.json$/, '');
  } catch {
    return null;
  }
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Is the controller of a key the issuer a credential names? The same id, or an https issuer id and the
 * did:web that is defined by that same address (an issuer may publish its keys in a did:web document).
 */
export function controllerIsIssuer(controller: string, issuerId: string): boolean {
  if (controller === issuerId) return true;
  if (!controller.startsWith('did:web:') || !/^https?:\/\//i.test(issuerId)) return false;
  const address = didWebAddress(controller);
  return address !== null && withoutTrailingSlash(address) === withoutTrailingSlash(issuerId);
}
