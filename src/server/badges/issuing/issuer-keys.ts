import { createHash } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

export type IssuerKey = { did: string; verificationMethod: string; seed: Uint8Array; keyPair: Ed25519Multikey.KeyPair; publicJwk: Record<string, string>; privateJwk: Record<string, string> };

/** A deterministic 32-byte seed from a name, so demo and test issuers keep their DIDs across runs. */
export function seedFrom(name: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`badgeboard-issuer:${name}`).digest());
}

async function finish(did: string, fragment: string, seed: Uint8Array, keyPair: Ed25519Multikey.KeyPair): Promise<IssuerKey> {
  keyPair.id = `${did}#${fragment}`;
  keyPair.controller = did;
  const privateJwk = await Ed25519Multikey.toJwk({ keyPair, secretKey: true });
  // The multikey secret is seed + public key (64 bytes); JOSE wants the 32-byte seed as `d`.
  privateJwk.d = Buffer.from(privateJwk.d!, 'base64url').subarray(0, 32).toString('base64url');
  return { did, verificationMethod: keyPair.id, seed, keyPair, publicJwk: await Ed25519Multikey.toJwk({ keyPair }), privateJwk };
}

/** An Ed25519 did:key issuer. */
export async function didKeyIssuer(name: string): Promise<IssuerKey> {
  const seed = seedFrom(name);
  const keyPair = await Ed25519Multikey.generate({ seed });
  return finish(`did:key:${keyPair.publicKeyMultibase}`, keyPair.publicKeyMultibase, seed, keyPair);
}

/** A did:web issuer at `host` (e.g. `127.0.0.1%3A8080`), and the DID document to serve at /.well-known/did.json. */
export async function didWebIssuer(name: string, host: string): Promise<IssuerKey & { didDocument: Record<string, unknown> }> {
  const did = `did:web:${host.replace(/:/g, '%3A')}`;
  const seed = seedFrom(name);
  const issuer = await finish(did, 'key-1', seed, await Ed25519Multikey.generate({ seed }));
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
