// Dates in a JWT are NumericDates (RFC 7519): anything else is a malformed token, refused with a clear
// input error, never a RangeError from deep inside.
import { describe, expect, it } from 'vitest';
import { decodeJwtCredential, numericDateIso } from './jwt';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (payload: object) => `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part(payload)}.c2ln`;
const vc = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'] };

describe('decodeJwtCredential', () => {
  it.each([
    ['nbf', 1e308],
    ['exp', 'abc'],
    ['nbf', -1e20],
    ['iat', 'tomorrow'],
  ])('%s = %j is refused as input:invalid naming the claim', (claim, value) => {
    expect(() => decodeJwtCredential(token({ vc, [claim]: value }))).toThrow(
      expect.objectContaining({ code: 'input:invalid', message: expect.stringContaining(`"${claim}"`) }),
    );
  });

  it('VC-JWT 1.1: nbf/exp/jti/iss stand for the credential properties', () => {
    const { credential } = decodeJwtCredential(token({ vc, iss: 'did:example:issuer', jti: 'urn:uuid:1', nbf: 1768467600, exp: 1894698000 }));
    expect(credential).toMatchObject({
      issuer: 'did:example:issuer',
      id: 'urn:uuid:1',
      validFrom: '2026-01-15T09:00:00.000Z',
      validUntil: '2030-01-15T09:00:00.000Z',
    });
  });

  it('numericDateIso keeps fractions to the millisecond and refuses what no date can hold', () => {
    expect(numericDateIso(0.5)).toBe('1970-01-01T00:00:00.500Z');
    expect(numericDateIso(8.64e12 + 1)).toBeNull();
    expect(numericDateIso(Number.NaN)).toBeNull();
  });
});
