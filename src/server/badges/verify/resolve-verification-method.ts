import 'server-only';
import { absoluteId, dereferenceDocument, findKey, listedUnder, type JsonObject } from './controller-document';
import { KeyResolutionError } from './key-resolution-error';

/** A public key found from a verification method id, with who controls it and what for. */
export type ResolvedKey = {
  /** The id as the proof or JWT header gave it. */
  methodId: string;
  /** The key's own id (for did:key without fragment: `did#multibase`). */
  keyId: string;
  /** The key object (Multikey, Ed25519VerificationKey2020, JsonWebKey…), with absolute `id` and `controller`. */
  key: JsonObject;
  /** The controller document's id: the party the key speaks for. */
  controller: string;
  /** Relationships the controller document lists the key under (`assertionMethod` is the one that counts). */
  purposes: string[];
};

/**
 * Dereferences a verification method: a DID URL (did:key with or without fragment, did:web, did:jwk) or an
 * https URL whose document is either the key itself (naming its `controller`) or a controller document
 * listing it. The controller document is then read to learn what it lists the key under; whether that
 * controller is the credential's issuer is the issuer check's decision, not this one's.
 * Throws KeyResolutionError (permanent) or FetchRefusedError (from the fetcher; maybe transient).
 */
export async function resolveVerificationMethod(methodId: string): Promise<ResolvedKey> {
  const document = await dereferenceDocument(methodId);
  const found = findKey(document, methodId);
  const keyId = typeof found.id === 'string' ? absoluteId(found.id, document.id) : methodId;
  // The key must be the one asked for, or (no fragment) the document's own: never a key filed under another identifier.
  if (keyId !== methodId && keyId.split('#')[0] !== methodId.split('#')[0])
    throw new KeyResolutionError('invalid_document', methodId, `${methodId} resolves to a key of another identifier (${keyId}); it is not used`);
  const controller = typeof found.controller === 'string' ? found.controller : keyId !== document.id ? (document.id as string | undefined) : undefined;
  if (!controller) throw new KeyResolutionError('invalid_document', methodId, `The key ${methodId} names no controller`);
  // A key document points at its controller; a controller document that lists the key is its own authority.
  const controllerDocument = controller === document.id ? document : await dereferenceDocument(controller);
  if (controllerDocument.id !== controller.split('#')[0])
    throw new KeyResolutionError(
      'invalid_document',
      controller,
      `The controller document for ${methodId} is for ${String(controllerDocument.id)}, not ${controller}`,
    );
  const purposes = listedUnder(controllerDocument, [keyId, methodId]);
  return { methodId, keyId, key: { ...found, id: keyId, controller }, controller, purposes };
}
