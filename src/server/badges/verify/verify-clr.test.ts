// Learner records (CLR 2.0) and enveloped credentials, with real signatures: a record is verified as a whole,
// each achievement credential in it on its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/server/errors';
import { memoryIssuerRegistry } from '@/server/issuers/issuer-registry';
import { decodeCredentials, type DecodedCredential } from '../parse/decode-credential';
import { clrCredential, envelopedCredential, type ClrOptions } from '../issuing/issue-clr';
import { ob3Credential, signDataIntegrity, signJwt, type AchievementTemplate } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { verifyForSupport } from '../verify-file';
import { checkLearnerRecords } from './verify-clr';
import { verifyCredential } from './verify-credential';

const EMAIL = 'callum@example.test';
const NOW = new Date('2026-06-01T00:00:00Z');
const seeker = { verifiedEmails: [EMAIL], unverifiedEmails: [], dids: [] };
const registry = memoryIssuerRegistry([]);
const module = (n: number): AchievementTemplate => ({
  id: `https://college.example/achievements/m${n}`,
  name: `Welding Module ${n}`,
  description: 'A module.',
  criteria: 'Passed the practical.',
});

let records: IssuerKey;
let college: IssuerKey;
let academy: IssuerKey;
let stranger: IssuerKey;
let json: Record<string, unknown>;
let jwt: string;

beforeAll(async () => {
  records = await didKeyIssuer('clr-test-records-office');
  college = await didKeyIssuer('clr-test-college');
  academy = await didKeyIssuer('clr-test-academy');
  stranger = await didKeyIssuer('clr-test-stranger');
  json = await signDataIntegrity(ob3Credential({ issuer: college, issuerName: 'Fife College', achievement: module(1), recipientEmail: EMAIL }), college);
  jwt = await signJwt(ob3Credential({ issuer: academy, issuerName: 'Tay Welding Academy', achievement: module(2), recipientEmail: EMAIL }), academy);
});

const record = (extra: Partial<ClrOptions> = {}) =>
  clrCredential({ issuer: records, issuerName: 'Fife Records Office', credentials: [json, jwt], learnerId: 'did:example:callum', ...extra });
const decode = (value: unknown) => decodeCredentials({ source: 'json', text: typeof value === 'string' ? value : JSON.stringify(value) });
const verifyParts = (parts: DecodedCredential[]) => Promise.all(parts.map((part) => verifyCredential(part, { seeker, registry, now: NOW })));
const refusal = async (parts: DecodedCredential[]) => {
  const error = await checkLearnerRecords(parts, { registry, now: NOW }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError & { details: { clr: { state: string; check: string; code: string } } };
};

describe('a learner record (CLR 2.0)', () => {
  it('with two embedded OB 3.0 credentials (one JSON, one JWT): the record verifies, each part gets its own report', async () => {
    const parts = await decode(await signDataIntegrity(record(), records));
    const [whole] = await checkLearnerRecords(parts, { registry, now: NOW });
    expect(whole).toMatchObject({ state: 'verified', facts: { issuer: { id: records.did } } });
    const [first, second] = await verifyParts(parts);
    expect([first!.report.state, second!.report.state]).toEqual(['verified', 'verified']);
    expect([first!.facts.issuer.id, second!.facts.issuer.id]).toEqual([college.did, academy.did]);
    expect([first!.facts.achievement.name, second!.facts.achievement.name]).toEqual(['Welding Module 1', 'Welding Module 2']);
    expect(second!.report.checks.find((c) => c.check === 'proof')?.params.suite).toBe('JWT EdDSA');
  });

  it('a record given as a VC-JWT verifies as a whole too', async () => {
    const parts = await decode(await signJwt(record(), records));
    expect((await checkLearnerRecords(parts, { registry, now: NOW }))[0]?.state).toBe('verified');
  });

  it('a tampered outer proof refuses the whole upload (the CLI too), though each part is genuine on its own', async () => {
    const signed = await signDataIntegrity(record(), records);
    signed.name = 'Fife Records Office — Distinction';
    const parts = await decode(signed);
    const error = await refusal(parts);
    expect(error.details.clr).toMatchObject({ state: 'failed', check: 'proof', code: 'invalid_signature' });
    expect(error.message).toMatch(/does not verify as a whole, so none of its badges were attached/);
    await expect(verifyForSupport({ kind: 'text', text: JSON.stringify(signed) }, { recipients: [], now: NOW })).rejects.toBeInstanceOf(AppError);
    expect((await verifyParts(parts)).map((v) => v.report.state)).toEqual(['verified', 'verified']);
  });

  it('a part removed after the record was signed → refused', async () => {
    const signed = await signDataIntegrity(record(), records);
    (signed.credentialSubject as { verifiableCredential: unknown[] }).verifiableCredential.pop();
    expect((await refusal(await decode(signed))).details.clr.code).toBe('invalid_signature');
  });

  it('a record signed with a key that is not its issuer’s → refused by the issuer check', async () => {
    const error = await refusal(await decode(await signDataIntegrity(record(), stranger)));
    expect(error.details.clr).toMatchObject({ check: 'issuer', state: 'failed' });
  });

  it('an expired record → refused', async () => {
    const signed = await signDataIntegrity(record({ validFrom: '2025-01-01T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' }), records);
    expect((await refusal(await decode(signed))).details.clr).toMatchObject({ state: 'expired', check: 'validity' });
  });

  it('a genuine record holding a part tampered before it was bundled: that part fails on its own, the other verifies', async () => {
    const tampered = structuredClone(json);
    (tampered.credentialSubject as { achievement: { name: string } }).achievement.name = 'Master Welder';
    const parts = await decode(await signDataIntegrity(record({ credentials: [tampered, jwt] }), records));
    await checkLearnerRecords(parts, { registry, now: NOW });
    expect((await verifyParts(parts)).map((v) => v.report.state)).toEqual(['failed', 'verified']);
  });

  it('enveloped VC-JWTs inside a record are verified like any VC-JWT', async () => {
    const parts = await decode(await signDataIntegrity(record({ credentials: [envelopedCredential(jwt)] }), records));
    await checkLearnerRecords(parts, { registry, now: NOW });
    const [part] = await verifyParts(parts);
    expect(part!.report.state).toBe('verified');
  });
});

describe('an EnvelopedVerifiableCredential inside a presentation', () => {
  it('is unwrapped and verified as the VC-JWT it carries; a changed payload fails its proof', async () => {
    const vp = (items: unknown[]) => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: items });
    const [part] = await decode(vp([envelopedCredential(jwt)]));
    const [verified] = await verifyParts([part!]);
    expect(verified!.report.state).toBe('verified');
    expect(verified!.report.checks.find((c) => c.check === 'format')?.params.jwt).toBe(true);

    const [header, , signature] = jwt.split('.');
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
    payload.credentialSubject.achievement.name = 'Master Welder';
    const forged = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    const [forgedPart] = await decode(vp([envelopedCredential(forged)]));
    const [failed] = await verifyParts([forgedPart!]);
    expect(failed!.report.checks.find((c) => c.check === 'proof')).toMatchObject({ status: 'failed', code: 'invalid_signature' });
  });
});
