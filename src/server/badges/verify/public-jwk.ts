import 'server-only';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { JWK } from 'jose';
import { KeyResolutionError } from './key-resolution-error';

/** The public JWK of a key object (publicKeyJwk as given, or a Multikey / Ed25519VerificationKey2020 converted). */
export async function publicJwkOf(key: Record<string, unknown>): Promise<JWK> {
  if (key.publicKeyJwk && typeof key.publicKeyJwk === 'object') {
    const { d: _private, ...jwk } = key.publicKeyJwk as JWK;
    return jwk;
  }
  const multibase = typeof key.publicKeyMultibase === 'string' ? key.publicKeyMultibase : '';
  try {
    if (multibase.startsWith('z6Mk')) return (await Ed25519Multikey.toJwk({ keyPair: await Ed25519Multikey.from(key) })) as JWK;
    if (multibase.startsWith('zDn') || multibase.startsWith('z82')) {
      const { key_ops: _ops, ext: _ext, ...jwk } = await EcdsaMultikey.toJwk({ keyPair: await EcdsaMultikey.from(key) });
      return jwk as JWK;
    }
  } catch {
    // A multibase value with the right prefix that does not decode: no key, like any other unknown form.
  }
  throw new KeyResolutionError('no_key_material', String(key.id ?? ''), `${String(key.id ?? 'The key')} has no public key Badgeboard can use for a JWT`);
}
