import 'server-only';

/**
 * Why a verification method could not be turned into a usable public key. Permanent (not a network
 * failure): the document was reached but says something else. Callers classify by `code`, never by message.
 */
export type KeyResolutionCode =
  /** A DID method Badgeboard does not resolve (not did:key, did:web or did:jwk). */
  | 'unsupported_did_method'
  /** The DID or document is malformed, or its `id` is not the identifier it was fetched for. */
  | 'invalid_document'
  /** The document does not contain the key the proof names. */
  | 'key_not_found'
  /** The key has neither `publicKeyMultibase` nor `publicKeyJwk`, or a key type no suite uses. */
  | 'no_key_material';

export class KeyResolutionError extends Error {
  constructor(
    readonly code: KeyResolutionCode,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'KeyResolutionError';
  }
}
