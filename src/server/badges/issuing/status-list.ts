import 'server-only';
import { gzipSync } from 'node:zlib';
import type { IssuerKey } from './issuer-keys';
import { signDataIntegrity } from './issue-ob3';

/** The minimum number of entries Bitstring Status List asks for (16 KB of single bits), for herd privacy. */
export const MIN_LIST_ENTRIES = 131_072;
const STATUS_VOCAB = 'https://www.w3.org/ns/credentials/status#';

export type StatusListOptions = {
  /** Signs the list (and is its issuer, unless `claimIssuer` says otherwise). */
  issuer: IssuerKey;
  url: string;
  /** Entries whose status is 1. */
  setIndexes?: number[];
  /** Entries with another status value (statusSize > 1), by index. */
  values?: Record<number, number>;
  /** Default BitstringStatusList (VC 2.0, multibase); StatusList2021 is the older VC 1.1 form (plain base64url). */
  kind?: 'BitstringStatusList' | 'StatusList2021';
  /** One purpose or several (a Bitstring list may serve several). Default `revocation`. */
  purpose?: string | string[];
  /** Bits per entry. Default 1. */
  statusSize?: number;
  /** Number of entries. Default MIN_LIST_ENTRIES. */
  entries?: number;
  validFrom?: string;
  validUntil?: string;
  /** Leave out the list credential's own type, or the subject's type (to test lists that lack them). */
  omitType?: 'credential' | 'subject';
  /** Claim this issuer id while signing with `issuer`'s key (a forged list). */
  claimIssuer?: string;
  /** Change the encoded list after signing (a tampered list). */
  tamper?: boolean;
  /** Override the encoding: `plain` base64url for a Bitstring list (non-conforming), `multibase` for a 2021 list. */
  encoding?: 'plain' | 'multibase';
  /** Publish without a proof. */
  unsigned?: boolean;
  /** A ready-made encodedList (e.g. a compression bomb), used as is. */
  encodedList?: string;
};

/** The GZIP-compressed bitstring, base64url, with the multibase `u` prefix when asked. */
export function encodeStatusBits(options: Pick<StatusListOptions, 'setIndexes' | 'values' | 'statusSize' | 'entries'>, multibase: boolean): string {
  const size = options.statusSize ?? 1;
  const bits = Buffer.alloc(Math.ceil(((options.entries ?? MIN_LIST_ENTRIES) * size) / 8));
  const values: [number, number][] = [
    ...(options.setIndexes ?? []).map((index) => [index, 1] as [number, number]),
    ...Object.entries(options.values ?? {}).map(([index, value]) => [Number(index), value] as [number, number]),
  ];
  for (const [index, value] of values) {
    // Index 0 is the left-most bit; a value's most significant bit comes first.
    for (let bit = 0; bit < size; bit++) {
      if (((value >> (size - 1 - bit)) & 1) === 0) continue;
      const position = index * size + bit;
      bits[Math.floor(position / 8)]! |= 1 << (7 - (position % 8));
    }
  }
  const encoded = gzipSync(bits).toString('base64url');
  return multibase ? `u${encoded}` : encoded;
}

/** A status list credential (BitstringStatusListCredential or StatusList2021Credential), signed by default. */
export async function statusListCredential(options: StatusListOptions): Promise<Record<string, unknown>> {
  const bitstring = (options.kind ?? 'BitstringStatusList') === 'BitstringStatusList';
  const multibase = options.encoding ? options.encoding === 'multibase' : bitstring;
  const subjectType = bitstring ? 'BitstringStatusList' : 'StatusList2021';
  const credential: Record<string, unknown> = {
    '@context': [
      ...(bitstring ? ['https://www.w3.org/ns/credentials/v2'] : ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1']),
      // Without the subject's type its properties have no scoped definition; an inline one keeps the list signable.
      ...(options.omitType === 'subject' ? [{ statusPurpose: `${STATUS_VOCAB}statusPurpose`, encodedList: `${STATUS_VOCAB}encodedList` }] : []),
    ],
    id: options.url,
    type: options.omitType === 'credential' ? ['VerifiableCredential'] : ['VerifiableCredential', `${subjectType}Credential`],
    issuer: options.claimIssuer ?? options.issuer.did,
    // VC 1.1 names the window issuanceDate/expirationDate; VC 2.0 validFrom/validUntil.
    [bitstring ? 'validFrom' : 'issuanceDate']: options.validFrom ?? '2026-01-01T00:00:00Z',
    ...(options.validUntil ? { [bitstring ? 'validUntil' : 'expirationDate']: options.validUntil } : {}),
    credentialSubject: {
      id: `${options.url}#list`,
      ...(options.omitType === 'subject' ? {} : { type: subjectType }),
      statusPurpose: options.purpose ?? 'revocation',
      encodedList: options.encodedList ?? encodeStatusBits(options, multibase),
    },
  };
  if (options.unsigned) return credential;
  // A VC 1.1 document needs a suite whose context it can name; Ed25519Signature2020 brings its own.
  const signed = await signDataIntegrity(credential, options.issuer, bitstring ? 'eddsa-rdfc-2022' : 'Ed25519Signature2020');
  if (!options.tamper) return signed;
  const subject = signed.credentialSubject as Record<string, unknown>;
  const flipped = encodeStatusBits({ ...options, setIndexes: [...(options.setIndexes ?? []), 0] }, multibase);
  return {
    ...signed,
    credentialSubject: { ...subject, encodedList: flipped === subject.encodedList ? encodeStatusBits({ ...options, setIndexes: [] }, multibase) : flipped },
  };
}
