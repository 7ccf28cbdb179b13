import 'server-only';
import { fetchJson } from '@/server/net/safe-fetch';
import { resolveDidDocument } from './did-resolver';
import { KeyResolutionError } from './key-resolution-error';

export type JsonObject = Record<string, unknown>;

/** Verification relationships a controller document can list a key under. */
export const RELATIONSHIPS = ['assertionMethod', 'authentication', 'capabilityInvocation', 'capabilityDelegation', 'keyAgreement'] as const;

const isObject = (value: unknown): value is JsonObject => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** `#key-1` against `https://a.example/issuer` → `https://a.example/issuer#key-1`; absolute ids unchanged. */
export function absoluteId(ref: string, base: unknown): string {
  if (!ref.startsWith('#') || typeof base !== 'string') return ref;
  return `${base.split('#')[0]}${ref}`;
}

export const hasKeyMaterial = (method: JsonObject): boolean => typeof method.publicKeyMultibase === 'string' || isObject(method.publicKeyJwk);

/**
 * The document an identifier (DID or https URL, no fragment) points at. An https document must state the
 * URL it was fetched from as its `id`: otherwise any site could publish a document claiming another's keys.
 */
export async function dereferenceDocument(id: string): Promise<JsonObject> {
  const url = id.split('#')[0]!;
  if (url.startsWith('did:')) return resolveDidDocument(url);
  if (!/^https?:\/\//i.test(url))
    throw new KeyResolutionError('invalid_document', url, `${url} is neither a DID nor a web address, so no key can be found through it`);
  const document = await fetchJson(url, { timeoutMs: 5000, maxBytes: 256 * 1024, cacheTtlMs: 10 * 60_000 });
  if (!isObject(document)) throw new KeyResolutionError('invalid_document', url, `${url} does not hold a key or controller document`);
  if (document.id !== url)
    throw new KeyResolutionError(
      'invalid_document',
      url,
      `The document at ${url} says it is ${String(document.id)}; a key or controller document must state its own address`,
    );
  return document;
}

/** Every key object the document carries: itself, its `verificationMethod` list and keys embedded in relationships. */
function embeddedKeys(document: JsonObject): JsonObject[] {
  return [document, ...asList(document.verificationMethod), ...RELATIONSHIPS.flatMap((r) => asList(document[r]))].filter(isObject);
}

/**
 * The key `methodId` names inside `document`. A method id without fragment that is the document's own id
 * (did:key, did:jwk written without `#…`) means its single key, when it has exactly one — and only a key of that
 * document (`<id>#…`): a document may not hand out a key under another identifier's id (a did:web document holding
 * "did:key:<victim>#…" with its own key material would otherwise speak for the victim).
 */
export function findKey(document: JsonObject, methodId: string): JsonObject {
  const keys = embeddedKeys(document).filter(hasKeyMaterial);
  const found = keys.find((key) => typeof key.id === 'string' && absoluteId(key.id, document.id) === methodId);
  if (found) return found;
  const listed = asList(document.verificationMethod).filter(isObject).filter(hasKeyMaterial);
  const own = (key: JsonObject) => typeof key.id !== 'string' || absoluteId(key.id, document.id).split('#')[0] === document.id;
  if (!methodId.includes('#') && document.id === methodId && listed.length === 1 && own(listed[0]!)) return listed[0]!;
  throw new KeyResolutionError('key_not_found', methodId, `${String(document.id ?? methodId)} lists no key ${methodId}`);
}

/** The relationships under which `document` lists any of `keyIds` (by reference or embedded). */
export function listedUnder(document: JsonObject, keyIds: string[]): string[] {
  const matches = (entry: unknown) => {
    const ref = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.id === 'string' ? entry.id : null;
    return ref !== null && keyIds.includes(absoluteId(ref, document.id));
  };
  return RELATIONSHIPS.filter((relationship) => asList(document[relationship]).some(matches));
}

/** All keys a controller document lists under `assertionMethod`, resolved to key objects (for thumbprint matching). */
export function assertionKeys(document: JsonObject): JsonObject[] {
  const keys = embeddedKeys(document).filter(hasKeyMaterial);
  return asList(document.assertionMethod)
    .map((entry) =>
      isObject(entry)
        ? entry
        : typeof entry === 'string'
          ? keys.find((key) => typeof key.id === 'string' && absoluteId(key.id, document.id) === absoluteId(entry, document.id))
          : undefined,
    )
    .filter((key): key is JsonObject => Boolean(key) && hasKeyMaterial(key!));
}
