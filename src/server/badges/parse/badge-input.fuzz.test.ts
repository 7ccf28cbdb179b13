// Fuzz: whatever a client uploads or pastes, decoding either yields credentials or refuses with a 4xx AppError —
// never a TypeError, RangeError or anything else that would become a 500. Seeded and bounded, so CI is repeatable.
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors';
import { decodeCredentials } from './decode-credential';
import { readBadgeInput, type BadgeInput } from './read-badge-input';

// FUZZ_SEED explores other cases locally; CI keeps the fixed seed so a failure reproduces.
const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 20261201), numRuns: 300 };

/** Text with the characters that broke things before: NUL, lone surrogates, quotes, angle brackets. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '"', '<', '{', '', ' ', 'https://', '\\u0000', '1e308', 'abc'),
);
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nasty,
  fc.double(),
  fc.constantFrom(1e308, -1e308, 0, -1, Number.MAX_SAFE_INTEGER),
);

const ob3 = (overrides: Record<string, unknown>) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:2f7c3e4a-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:college.example', type: ['Profile'], name: 'Ayr College' },
  validFrom: '2025-06-01T00:00:00Z',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: { id: 'https://college.example/a/1', type: ['Achievement'], name: 'Welding', criteria: { narrative: 'Passed.' } },
  },
  ...overrides,
});
const ob2 = (overrides: Record<string, unknown>) => ({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://college.example/assertions/1',
  recipient: { type: 'email', hashed: false, identity: 'eilidh@example.test' },
  badge: 'https://college.example/badges/1',
  verification: { type: 'hosted' },
  issuedOn: '2025-06-01T00:00:00Z',
  ...overrides,
});
const keys = fc.constantFrom(
  '@context',
  'type',
  'id',
  'issuer',
  'validFrom',
  'validUntil',
  'credentialSubject',
  'proof',
  'verifiableCredential',
  'recipient',
  'badge',
  'name',
  '\u0000',
);
const overrides = fc.dictionary(keys, jsonish, { maxKeys: 3 });
const credentialObject = fc.oneof(
  overrides.map(ob3),
  overrides.map(ob2),
  fc
    .array(fc.oneof(overrides.map(ob3), jsonish), { maxLength: 3 })
    .map((items) => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: items })),
  overrides.map((o) => ({ ...ob3({}), type: ['VerifiableCredential', 'ClrCredential'], credentialSubject: { verifiableCredential: [ob3(o)] } })),
  overrides.map((o) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: 'EnvelopedVerifiableCredential',
    id: `data:application/vc+jwt,${String(o.id ?? 'x.y.z')}`,
  })),
  fc.jsonValue({ maxDepth: 4 }),
);

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
/** A compact JWT with fuzzed header and claims (nbf/exp/iat of every type); the signature is never checked here. */
const jwt = fc
  .record({
    header: fc.oneof(fc.constant({ alg: 'ES256', typ: 'vc+jwt' }), fc.dictionary(fc.string({ maxLength: 5 }), jsonish, { maxKeys: 3 })),
    claims: fc.dictionary(fc.constantFrom('nbf', 'exp', 'iat', 'iss', 'jti', 'sub'), jsonish, { maxKeys: 4 }),
    vc: fc.oneof(credentialObject, fc.constant(undefined)),
    raw: fc.boolean(),
  })
  .map(
    ({ header, claims, vc, raw }) =>
      `${b64(header)}.${raw ? b64(String(claims.iss ?? '')) : b64({ ...claims, ...(vc === undefined ? ob3({}) : { vc }) })}.c2ln`,
  );

/** Bytes: random, or a PNG signature followed by chunks (maybe an iTXt "openbadges" one), or an SVG wrapper. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}
const files = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .record({
      text: fc.oneof(
        credentialObject.map((c) => JSON.stringify(c)),
        jwt,
        nasty,
      ),
      compressed: fc.boolean(),
      truncate: fc.nat(40),
    })
    .map(({ text, compressed, truncate }) => {
      const data = Buffer.concat([
        Buffer.from('openbadges\0', 'latin1'),
        Buffer.from([compressed ? 1 : 0, 0, 0, 0]),
        compressed ? deflateSync(text) : Buffer.from(text),
      ]);
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        pngChunk('IHDR', Buffer.alloc(13)),
        pngChunk('iTXt', data),
        pngChunk('IEND', Buffer.alloc(0)),
      ]);
      return new Uint8Array(truncate > 30 ? png.subarray(0, png.length - truncate) : png);
    }),
  fc
    .oneof(
      credentialObject.map((c) => JSON.stringify(c)),
      jwt,
      nasty,
    )
    .map(
      (text) =>
        new Uint8Array(
          Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA[${text}]]></openbadges:credential></svg>`,
          ),
        ),
    ),
);

const inputs: fc.Arbitrary<BadgeInput> = fc.oneof(
  fc
    .oneof(
      credentialObject.map((c) => JSON.stringify(c)),
      jwt,
      nasty,
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    )
    .map((text) => ({ kind: 'text' as const, text })),
  fc.record({ filename: fc.string({ maxLength: 12 }), bytes: files }).map(({ filename, bytes }) => ({ kind: 'file' as const, filename, bytes })),
);

const holdsNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Boolean(value) && typeof value === 'object' && Object.entries(value as object).some(([key, child]) => key.includes('\u0000') || holdsNul(child));

/** The property: credentials (with no NUL left in them), or a 4xx AppError. Hosted URLs are left out (they fetch). */
async function decodeOrRefuse(input: BadgeInput): Promise<void> {
  try {
    const payload = readBadgeInput(input);
    if (/^https?:\/\//i.test(payload.text.trim())) return;
    const decoded = await decodeCredentials(payload);
    expect(decoded.length).toBeGreaterThan(0);
    for (const credential of decoded) {
      expect(credential.credential).toBeTypeOf('object');
      expect(credential.raw.includes('\u0000') || holdsNul(credential.credential)).toBe(false);
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`Not an AppError: ${String(error)}`, { cause: error });
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
  }
}

describe('fuzz: badge input decoding', () => {
  it('every upload or paste is decoded or refused with a 4xx AppError', async () => {
    await fc.assert(fc.asyncProperty(inputs, decodeOrRefuse), RUNS);
  });

  it('credentials with fuzzed fields, as JSON and as VC-JWT', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          credentialObject.map((c) => JSON.stringify(c)),
          jwt,
        ),
        (text) => decodeOrRefuse({ kind: 'text', text }),
      ),
      RUNS,
    );
  });

  it('a NUL character anywhere in a credential is refused as the sender’s mistake (400), raw or escaped', async () => {
    const withNul = fc.record({
      field: fc.constantFrom('name', 'id', 'validFrom'),
      before: fc.string({ maxLength: 5 }),
      after: fc.string({ maxLength: 5 }),
      asJwt: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(withNul, async ({ field, before, after, asJwt }) => {
        const credential = ob3({
          credentialSubject: {
            type: ['AchievementSubject'],
            achievement: { id: 'https://c.example/a', type: ['Achievement'], [field]: `${before}\u0000${after}` },
          },
        });
        const text = asJwt ? `${b64({ alg: 'ES256' })}.${b64({ vc: credential, nbf: 1748736000 })}.c2ln` : JSON.stringify(credential);
        const error = await decodeCredentials(readBadgeInput({ kind: 'text', text })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(400);
        expect((error as AppError).message).toMatch(/NUL/);
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
