// What an upload yields: one credential, or the parts of a presentation or a learner record (CLR 2.0),
// with enveloped VC-JWTs unwrapped into the JWT they carry.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors';
import { clrCredential, envelopedCredential } from '../issuing/issue-clr';
import { ob3Credential, signDataIntegrity, signJwt, type AchievementTemplate } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { decodeCredentials, MAX_PARTS } from './decode-credential';

const achievement = (n: number): AchievementTemplate => ({
  id: `https://college.example/achievements/${n}`,
  name: `Module ${n}`,
  description: 'A module.',
  criteria: 'Passed.',
});

let college: IssuerKey;
let json: Record<string, unknown>;
let jwt: string;

beforeAll(async () => {
  college = await didKeyIssuer('decode-test-college');
  const base = { issuer: college, issuerName: 'Ayr College', recipientEmail: 'eilidh@example.test' };
  json = await signDataIntegrity(ob3Credential({ ...base, achievement: achievement(1) }), college);
  jwt = await signJwt(ob3Credential({ ...base, achievement: achievement(2) }), college);
});

const decode = (value: unknown) => decodeCredentials({ source: 'json', text: typeof value === 'string' ? value : JSON.stringify(value) });
const presentation = (items: unknown[]) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiablePresentation'],
  verifiableCredential: items,
});
const refusal = async (value: unknown) => {
  const error = await decode(value).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('a learner record (CLR 2.0)', () => {
  it('yields each embedded credential on its own (JSON and JWT), each keeping the record it came in', async () => {
    const record = await signDataIntegrity(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [json, jwt] }), college);
    const parts = await decode(record);
    expect(parts.map((p) => [p.format, p.source, Boolean(p.jwt)])).toEqual([
      ['ob3', 'presentation', false],
      ['ob3', 'presentation', true],
    ]);
    expect(JSON.parse(parts[0]!.raw)).toEqual(json);
    expect(parts[1]!.raw).toBe(jwt);
    expect(parts[0]!.clr).toBe(parts[1]!.clr);
    expect(parts[0]!.clr?.credential).toEqual(record);
  });

  it('a record given as a VC-JWT keeps its JWT, for its own proof check', async () => {
    const token = await signJwt(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [json] }), college);
    const [part] = await decode(token);
    expect(part!.clr?.jwt?.token).toBe(token);
    expect(part!.clr?.raw).toBe(token);
  });

  it('refuses a record with no credentials, a record inside a record, and more than the part limit', async () => {
    expect((await refusal(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [] }))).message).toMatch(/holds no achievement credentials/);
    const inner = clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [json] });
    expect((await refusal(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [inner] }))).message).toMatch(/another learner record/);
    const many = await refusal(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: Array.from({ length: MAX_PARTS + 1 }, () => jwt) }));
    expect(many.code).toBe('input:too_large');
  });

  it('a presentation holding a record yields the record’s parts, within the limit for the whole upload', async () => {
    const record = clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: Array.from({ length: 15 }, () => jwt) });
    expect(await decode(presentation([record]))).toHaveLength(15);
    expect((await refusal(presentation([record, ...Array.from({ length: 6 }, () => jwt)]))).code).toBe('input:too_large');
  });
});

describe('an EnvelopedVerifiableCredential', () => {
  it('inside a presentation is unwrapped into the VC-JWT it carries, stored as that JWT', async () => {
    const parts = await decode(presentation([envelopedCredential(jwt), json]));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ format: 'ob3', source: 'presentation', raw: jwt });
    expect(parts[0]!.jwt?.token).toBe(jwt);
    expect(parts[0]!.credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  });

  it('inside a learner record, and on its own (then stored as a JWT upload)', async () => {
    const [inRecord] = await decode(clrCredential({ issuer: college, issuerName: 'Ayr College', credentials: [envelopedCredential(jwt)] }));
    expect(inRecord).toMatchObject({ raw: jwt, source: 'presentation' });
    const [alone] = await decode(envelopedCredential(jwt));
    expect(alone).toMatchObject({ raw: jwt, source: 'jwt' });
  });

  it('refuses an SD-JWT envelope as unsupported, and an envelope without a JWT', async () => {
    expect((await refusal(presentation([envelopedCredential(`${jwt}~`, 'application/vc+sd-jwt')]))).message).toMatch(/SD-JWT .* not support/);
    expect((await refusal(presentation([envelopedCredential('hello', 'application/vc+jwt')]))).message).toMatch(/not a compact JWT/);
    expect((await refusal(presentation([{ type: 'EnvelopedVerifiableCredential', id: 'urn:uuid:1' }]))).message).toMatch(/data: URL/);
    expect((await refusal(presentation([envelopedCredential(jwt, 'application/vc+cose')]))).message).toMatch(/application\/vc\+cose/);
  });
});

describe('a presentation', () => {
  it('refuses a presentation inside a presentation, and more than the part limit', async () => {
    expect((await refusal(presentation([presentation([json])]))).message).toMatch(/another presentation/);
    expect((await refusal(presentation(Array.from({ length: MAX_PARTS + 1 }, () => jwt)))).code).toBe('input:too_large');
  });
});
