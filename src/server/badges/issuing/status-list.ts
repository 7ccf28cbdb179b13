import { gzipSync } from 'node:zlib';
import type { IssuerKey } from './issuer-keys';
import { signDataIntegrity } from './issue-ob3';

const LIST_BITS = 131_072; // the minimum size the Bitstring Status List spec asks for (16 KB), for herd privacy

/** A signed BitstringStatusListCredential with the given indexes set. */
export async function statusListCredential(options: { issuer: IssuerKey; url: string; setIndexes: number[]; purpose?: 'revocation' | 'suspension' }): Promise<Record<string, unknown>> {
  const bits = Buffer.alloc(LIST_BITS / 8);
  for (const index of options.setIndexes) bits[Math.floor(index / 8)]! |= 1 << (7 - (index % 8));
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: options.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: options.issuer.did,
    validFrom: '2026-01-01T00:00:00Z',
    credentialSubject: { id: `${options.url}#list`, type: 'BitstringStatusList', statusPurpose: options.purpose ?? 'revocation', encodedList: `u${gzipSync(bits).toString('base64url')}` },
  };
  return signDataIntegrity(credential, options.issuer);
}
