// Integration: real PostgreSQL, the real route module. POST /api/v1/verify checks a posted badge with the support
// verifier's pipeline and the known-issuer register from the database, stores nothing, and keeps anonymous callers
// to their limit. Badges are minted here with real keys (did:key, no status list: nothing is fetched).
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/verify/route';
import { createApiKey } from '@/server/api-keys/create-api-key';
import { verifyCredentialResponse, type VerifyCredentialResponse } from '@/server/api/contracts/verify';
import { closeDb, type Database } from '@/server/db/client';
import { apiKeys, badges } from '@/server/db/schema';
import { CLIENT_ADDRESS_HEADER } from '@/server/http/client-address';
import { rateLimitPolicies } from '@/server/http/rate-limits';
import { createOrgOwnerViewer, ensureKnownIssuer, testDatabase, uniqueWord } from '@/server/testing/integration';
import { badgeImagePng, bakePng } from './issuing/bake';
import { ob3Credential, signDataIntegrity, signJwt } from './issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from './issuing/issuer-keys';

let db: Database;
let close: () => Promise<void>;
let issuer: IssuerKey;
let signed: Record<string, unknown>;
// Unique per run: a known issuer's name claimed by another key is impersonation, and the database outlives a run.
const issuerName = `Verify Route Academy ${uniqueWord()}`;

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  issuer = await didKeyIssuer(`verify-route-${uniqueWord()}`);
  const credential = ob3Credential({
    issuer,
    issuerName,
    recipientEmail: 'isla@example.test',
    achievement: {
      id: `urn:uuid:${crypto.randomUUID()}`,
      name: 'Data Handling Basics',
      description: 'Handles data with care.',
      criteria: 'Passed the assessment.',
    },
    validFrom: '2026-01-15T09:00:00Z',
    validUntil: '2099-01-15T09:00:00Z',
  });
  signed = await signDataIntegrity(credential, issuer);
});
afterAll(async () => {
  await close();
  await closeDb(); // the route's handle
});

/**
 * A caller's address as our server records it: a fresh one per request, in a /64 of its own (limits count an IPv6
 * client by its /64), so each has its own anonymous bucket.
 */
const freshAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

function post(body: BodyInit, headers: Record<string, string>): Promise<Response> {
  return POST(new Request('http://localhost/api/v1/verify', { method: 'POST', headers, body }), {});
}
const postJson = (value: unknown, headers: Record<string, string> = {}) =>
  post(JSON.stringify(value), { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: freshAddress(), ...headers });

async function verified(response: Response): Promise<VerifyCredentialResponse> {
  expect(response.status).toBe(200);
  const body = (await response.json()) as VerifyCredentialResponse;
  // The body is exactly what the contract's response schema (and so the OpenAPI document) says: nothing more.
  expect(verifyCredentialResponse.parse(body)).toEqual(body);
  return body;
}

const codes = (body: VerifyCredentialResponse) => body.report.checks.map((check) => `${check.check}:${check.status}:${check.code}`);
const storedBadges = async () => (await db.select({ n: count() }).from(badges))[0]!.n;

describe('POST /api/v1/verify', () => {
  it('a valid badge (JSON text): 200 with its facts and a report that does not claim a person it did not check', async () => {
    const before = await storedBadges();
    const body = await verified(await postJson({ text: JSON.stringify(signed) }));
    expect(body.credential).toEqual({
      achievement: { id: (signed.credentialSubject as { achievement: { id: string } }).achievement.id, name: 'Data Handling Basics' },
      issuer: { id: issuer.did, name: issuerName, known: false },
      issuedAt: '2026-01-15T09:00:00.000Z',
      expiresAt: '2099-01-15T09:00:00.000Z',
    });
    expect(body.report).toMatchObject({ state: 'verified', level: 'unknown_issuer' });
    // The five checks of the badge itself ran (format notes a SHOULD, e.g. no credentialSchema: a warning, not a failure).
    expect(codes(body)).toEqual([
      'format:warning:readable',
      'proof:ok:valid',
      'issuer:warning:unknown',
      'status:skipped:not_applicable',
      'validity:ok:valid_until',
      'recipient:skipped:not_checked',
    ]);
    const recipient = body.report.checks.find((check) => check.check === 'recipient')!;
    expect(recipient).toMatchObject({ status: 'skipped', code: 'not_checked' });
    expect(recipient.reason).toMatch(/not about a person/);
    expect(recipient.reason).not.toMatch(/verified|--recipient/i);
    expect(body.included).toEqual([]);
    expect(await storedBadges()).toBe(before);
  });

  it('knows the issuer from the register in the database', async () => {
    await ensureKnownIssuer(db, issuer.did, issuerName);
    const body = await verified(await postJson({ text: JSON.stringify(signed) }));
    expect(body.credential.issuer.known).toBe(true);
    expect(body.report).toMatchObject({ state: 'verified', level: 'known_issuer', issuer: { id: issuer.did, known: true, knownName: issuerName } });
  });

  it('a baked PNG (multipart) and a VC-JWT are read like the CLI reads them', async () => {
    const png = bakePng(badgeImagePng([15, 118, 110]), JSON.stringify(signed), 'openbadgecredential');
    const form = new FormData();
    form.append('file', new File([new Uint8Array(png)], 'badge.png', { type: 'image/png' }));
    const fromPng = await verified(await post(form, { [CLIENT_ADDRESS_HEADER]: freshAddress() }));
    expect(fromPng.report.state).toBe('verified');
    expect(fromPng.credential.achievement.name).toBe('Data Handling Basics');

    const { proof: _proof, ...unsigned } = signed;
    const fromJwt = await verified(await postJson({ text: await signJwt(unsigned, issuer) }));
    expect(fromJwt.report.state).toBe('verified');
  });

  it('a tampered badge: 200 with the proof check failed and the state failed', async () => {
    const tampered = structuredClone(signed) as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = 'Data Handling Grandmaster';
    const body = await verified(await postJson({ text: JSON.stringify(tampered) }));
    expect(body.report.state).toBe('failed');
    expect(body.report.checks.find((check) => check.check === 'proof')).toMatchObject({ status: 'failed' });
    expect(body.credential.achievement.name).toBe('Data Handling Grandmaster');
  });

  it.each([
    ['text that is no badge', { text: 'hello, is this a badge?' }, /not a badge Badgeboard can read/],
    ['JSON that is no badge', { text: '{"name":"Not a badge"}' }, /not an Open Badge/],
    ['a body without text', { badge: 'x' }, /Some fields of the body need attention/],
  ])('garbage (%s): 400 problem+json that says what to send', async (_what, body, detail) => {
    const response = await postJson(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { code: string; status: number; detail: string };
    expect(problem).toMatchObject({ code: 'input:invalid', status: 400 });
    expect(problem.detail).toMatch(detail);
  });

  it('a multipart body without a file: 400 naming the field', async () => {
    const form = new FormData();
    form.append('text', 'x');
    const response = await post(form, { [CLIENT_ADDRESS_HEADER]: freshAddress() });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/"file"/);
  });

  it('anonymous callers get the verify-public limit per address, then 429 with Retry-After', async () => {
    const address = freshAddress();
    const { points } = rateLimitPolicies['verify-public'];
    for (let i = 0; i < points; i++) {
      const response = await postJson({ text: 'not a badge' }, { [CLIENT_ADDRESS_HEADER]: address });
      expect(response.status).toBe(400);
    }
    const over = await postJson({ text: JSON.stringify(signed) }, { [CLIENT_ADDRESS_HEADER]: address });
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await over.json()) as { code: string }).code).toBe('rate_limited');
    // Another address is not held back by this one.
    expect((await postJson({ text: JSON.stringify(signed) })).status).toBe(200);
  });

  it('with an API key: the verify scope is needed, and its use is counted', async () => {
    const owner = await createOrgOwnerViewer(db);
    const org = owner.orgs[0];
    const withVerify = await createApiKey(db, owner, { orgId: org!.id, name: 'Verifier', scopes: ['verify'] });
    const searchOnly = await createApiKey(db, owner, { orgId: org!.id, name: 'Search only', scopes: ['search'] });

    expect((await verified(await postJson({ text: JSON.stringify(signed) }, { authorization: `Bearer ${withVerify.token}` }))).report.state).toBe('verified');
    const [row] = await db.select({ useCount: apiKeys.useCount }).from(apiKeys).where(eq(apiKeys.id, withVerify.key.id));
    expect(row!.useCount).toBe(1);

    const refused = await postJson({ text: JSON.stringify(signed) }, { authorization: `Bearer ${searchOnly.token}` });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('auth:insufficient_scope');
  });
});
