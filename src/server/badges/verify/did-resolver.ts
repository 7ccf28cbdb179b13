import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as didKey from '@digitalbazaar/did-method-key';
import { fetchJson } from '@/server/net/safe-fetch';

const didKeyDriver = didKey.driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

/** Test servers run on plain http; a real did:web is always https. */
let didWebHttpHosts = new Set<string>();
export function allowDidWebOverHttp(hosts: string[]): void {
  didWebHttpHosts = new Set(hosts);
}

/** did:web:example.com:issuers:1 → https://example.com/issuers/1/did.json (…/.well-known/did.json without a path). */
export function didWebUrl(did: string): string {
  const [, , host, ...path] = did.split(':');
  if (!host) throw new Error(`${did} is not a valid did:web identifier`);
  const domain = decodeURIComponent(host);
  const scheme = didWebHttpHosts.has(domain) ? 'http' : 'https';
  return path.length ? `${scheme}://${domain}/${path.map(decodeURIComponent).join('/')}/did.json` : `${scheme}://${domain}/.well-known/did.json`;
}

/** A DID document (did:key computed locally, did:web fetched through the SSRF-safe fetcher, cached 10 min), or a fragment of one. */
export async function resolveDid(didUrl: string): Promise<Record<string, unknown>> {
  const [did, fragment] = didUrl.split('#') as [string, string | undefined];
  if (did.startsWith('did:key:')) return (await didKeyDriver.get({ url: didUrl })) as Record<string, unknown>;
  if (did.startsWith('did:web:')) {
    const value = await fetchJson(didWebUrl(did), { timeoutMs: 5000, maxBytes: 256 * 1024, cacheTtlMs: 10 * 60_000 });
    const document = value as Record<string, unknown>;
    if (document.id !== did) throw new Error(`The DID document at ${didWebUrl(did)} is for ${String(document.id)}, not ${did}`);
    if (!fragment) return document;
    const methods = (document.verificationMethod as Record<string, unknown>[] | undefined) ?? [];
    const method = methods.find((vm) => vm.id === didUrl || vm.id === `#${fragment}`);
    if (!method) throw new Error(`${did} lists no key ${didUrl}`);
    return { '@context': document['@context'], ...method, id: didUrl, controller: method.controller ?? did };
  }
  throw new Error(`Badgeboard cannot resolve ${did.split(':').slice(0, 2).join(':')} identifiers (supported: did:key, did:web)`);
}
