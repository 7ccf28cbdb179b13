import 'server-only';
import { createHash } from 'node:crypto';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

/** A key pair the Data Integrity suites can sign with (Ed25519 or P-256 Multikey). */
export type SigningKeyPair = Ed25519Multikey.KeyPair | EcdsaMultikey.KeyPair;

export type IssuerKey = {
  did: string;
  verificationMethod: string;
  algorithm: 'Ed25519' | 'P-256';
  /** Ed25519 keys only: the seed they were derived from (P-256 keys are random). */
  seed?: Uint8Array;
  keyPair: SigningKeyPair;
  publicJwk: Record<string, string>;
  privateJwk: Record<string, string>;
};

/** A deterministic 32-byte seed from a name, so demo and test issuers keep their DIDs across runs. */
export function seedFrom(name: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`badgeboard-issuer:${name}`).digest());
}

async function finish(did: string, methodId: string, seed: Uint8Array, keyPair: Ed25519Multikey.KeyPair): Promise<IssuerKey> {
  keyPair.id = methodId;
  keyPair.controller = did;
  const privateJwk = await Ed25519Multikey.toJwk({ keyPair, secretKey: true });
  // The multikey secret is seed + public key (64 bytes); JOSE wants the 32-byte seed as `d`.
  privateJwk.d = Buffer.from(privateJwk.d!, 'base64url').subarray(0, 32).toString('base64url');
  return { did, verificationMethod: keyPair.id, algorithm: 'Ed25519', seed, keyPair, publicJwk: await Ed25519Multikey.toJwk({ keyPair }), privateJwk };
}

async function finishP256(did: string, methodId: string, keyPair: EcdsaMultikey.KeyPair): Promise<IssuerKey> {
  keyPair.id = methodId;
  keyPair.controller = did;
  const strip = ({ key_ops: _ops, ext: _ext, ...jwk }: Record<string, unknown>) => jwk as Record<string, string>;
  return {
    did,
    verificationMethod: methodId,
    algorithm: 'P-256',
    keyPair,
    publicJwk: strip(await EcdsaMultikey.toJwk({ keyPair })),
    privateJwk: strip(await EcdsaMultikey.toJwk({ keyPair, secretKey: true })),
  };
}

/** An Ed25519 did:key issuer. */
export async function didKeyIssuer(name: string): Promise<IssuerKey> {
  const seed = seedFrom(name);
  const keyPair = await Ed25519Multikey.generate({ seed });
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  return finish(did, `${did}#${keyPair.publicKeyMultibase}`, seed, keyPair);
}

/** A P-256 did:key issuer (zDn…), for ecdsa-rdfc-2019, ecdsa-sd-2023 and ES256 JWTs. A new key each call. */
export async function p256DidKeyIssuer(): Promise<IssuerKey> {
  const keyPair = await EcdsaMultikey.generate({ curve: 'P-256' });
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  return finishP256(did, `${did}#${keyPair.publicKeyMultibase}`, keyPair);
}

/** A did:jwk issuer (did:jwk:<base64url JWK>#0), Ed25519 (deterministic from `name`) or P-256. */
export async function didJwkIssuer(name: string, curve: 'Ed25519' | 'P-256' = 'Ed25519'): Promise<IssuerKey> {
  const didOf = (jwk: Record<string, string>) => `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
  if (curve === 'P-256') {
    const keyPair = await EcdsaMultikey.generate({ curve: 'P-256' });
    const { key_ops: _ops, ext: _ext, ...jwk } = await EcdsaMultikey.toJwk({ keyPair });
    const did = didOf(jwk);
    return finishP256(did, `${did}#0`, keyPair);
  }
  const seed = seedFrom(name);
  const keyPair = await Ed25519Multikey.generate({ seed });
  const did = didOf(await Ed25519Multikey.toJwk({ keyPair }));
  return finish(did, `${did}#0`, seed, keyPair);
}

/** A did:web issuer at `host` (e.g. `127.0.0.1%3A8080`), and the DID document to serve at /.well-known/did.json. */
export async function didWebIssuer(name: string, host: string): Promise<IssuerKey & { didDocument: Record<string, unknown> }> {
  const did = `did:web:${host.replace(/:/g, '%3A')}`;
  const seed = seedFrom(name);
  const issuer = await finish(did, `${did}#key-1`, seed, await Ed25519Multikey.generate({ seed }));
  const method = await issuer.keyPair.export({ publicKey: true, includeContext: false });
  const didDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ ...method, id: issuer.verificationMethod, controller: did }],
    assertionMethod: [issuer.verificationMethod],
    authentication: [issuer.verificationMethod],
  };
  return { ...issuer, didDocument };
}

export type HttpsIssuer = IssuerKey & {
  /** Documents to serve (issuer profile / controller document, and the key document when separate), by URL. */
  documents: Map<string, Record<string, unknown>>;
};

/**
 * An issuer whose id is an https URL (`<base>/issuers/<name>`), its key published on the web as OB 3.0's own
 * examples do: by default inside the issuer profile, which lists it under assertionMethod
 * (`<issuer>#key-1`); with `keyDocument`, as a separate key document (`<base>/keys/<name>`) naming the
 * issuer as its controller. `listed: false` leaves it out of assertionMethod (for negative tests).
 */
export async function httpsIssuer(name: string, base: string, options: { keyDocument?: boolean; listed?: boolean } = {}): Promise<HttpsIssuer> {
  const issuerId = `${base}/issuers/${name}`;
  const methodId = options.keyDocument ? `${base}/keys/${name}` : `${issuerId}#key-1`;
  const seed = seedFrom(`https:${name}`);
  const issuer = await finish(issuerId, methodId, seed, await Ed25519Multikey.generate({ seed }));
  const key = { ...(await issuer.keyPair.export({ publicKey: true, includeContext: false })), id: methodId, controller: issuerId };
  const profile: Record<string, unknown> = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/multikey/v1'],
    id: issuerId,
    type: 'Profile',
    name,
    ...(options.keyDocument ? {} : { verificationMethod: [key] }),
    assertionMethod: options.listed === false ? [] : [methodId],
  };
  const documents = new Map<string, Record<string, unknown>>([[issuerId, profile]]);
  if (options.keyDocument) documents.set(methodId, { '@context': 'https://w3id.org/security/multikey/v1', ...key });
  return { ...issuer, documents };
}
