import 'server-only';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as didKey from '@digitalbazaar/did-method-key';
import { fetchJson } from '@/server/net/safe-fetch';
import { KeyResolutionError } from './key-resolution-error';

const didKeyDriver = didKey.driver();
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });
// P-256 and P-384 (ecdsa-rdfc-2019, ecdsa-sd-2023).
didKeyDriver.use({ multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from });
didKeyDriver.use({ multibaseMultikeyHeader: 'z82L', fromMultibase: EcdsaMultikey.from });

/** Test servers run on plain http; a real did:web is always https. */
let didWebHttpHosts = new Set<string>();
export function allowDidWebOverHttp(hosts: string[]): void {
  didWebHttpHosts = new Set(hosts);
}

/** did:web:example.com:issuers:1 → https://example.com/issuers/1/did.json (…/.well-known/did.json without a path). */
export function didWebUrl(did: string): string {
  const [, , host, ...path] = did.split(':');
  if (!host) throw new KeyResolutionError('invalid_document', did, `${did} is not a valid did:web identifier`);
  const domain = decodeURIComponent(host);
  const scheme = didWebHttpHosts.has(domain) ? 'http' : 'https';
  return path.length ? `${scheme}://${domain}/${path.map(decodeURIComponent).join('/')}/did.json` : `${scheme}://${domain}/.well-known/did.json`;
}

/** did:jwk:<base64url JSON JWK>: the DID document is computed from the key (did:jwk method specification). */
function didJwkDocument(did: string): Record<string, unknown> {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new KeyResolutionError('invalid_document', did, `${did} does not encode a JSON Web Key`);
  }
  if (!jwk || typeof jwk !== 'object' || typeof jwk.kty !== 'string' || 'd' in jwk)
    throw new KeyResolutionError('invalid_document', did, `${did} does not encode a public JSON Web Key`);
  const id = `${did}#0`;
  // A key marked for encryption only is not a signing key: the method lists it under keyAgreement alone.
  const signing = jwk.use !== 'enc';
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: did,
    verificationMethod: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk }],
    ...(signing ? { assertionMethod: [id], authentication: [id], capabilityInvocation: [id], capabilityDelegation: [id] } : { keyAgreement: [id] }),
  };
}

/**
 * The DID document of a DID (no fragment): did:key and did:jwk computed locally, did:web fetched through
 * the SSRF-safe fetcher (cached 10 min). A fetch failure propagates as FetchRefusedError (the caller decides
 * whether it is transient); anything else wrong is a KeyResolutionError.
 */
export async function resolveDidDocument(did: string): Promise<Record<string, unknown>> {
  if (did.startsWith('did:key:')) {
    try {
      return (await didKeyDriver.get({ did })) as Record<string, unknown>;
    } catch {
      throw new KeyResolutionError('no_key_material', did, `${did} is not a did:key of a kind Badgeboard can use (Ed25519 z6Mk…, P-256 zDn…, P-384 z82…)`);
    }
  }
  if (did.startsWith('did:jwk:')) return didJwkDocument(did);
  if (did.startsWith('did:web:')) {
    const url = didWebUrl(did);
    const document = (await fetchJson(url, { timeoutMs: 5000, maxBytes: 256 * 1024, cacheTtlMs: 10 * 60_000 })) as Record<string, unknown> | null;
    if (!document || typeof document !== 'object' || document.id !== did) {
      throw new KeyResolutionError('invalid_document', url, `The DID document at ${url} is for ${String(document?.id)}, not ${did}`);
    }
    return document;
  }
  throw new KeyResolutionError(
    'unsupported_did_method',
    did,
    `Badgeboard cannot resolve ${did.split(':').slice(0, 2).join(':')} identifiers (supported: did:key, did:web, did:jwk)`,
  );
}
