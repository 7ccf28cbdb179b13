// Integration: real PostgreSQL, real signatures by the scripted wallet, the services behind the wallet routes.
import { and, count, eq } from 'drizzle-orm';
import { CompactSign, importJWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachBadges } from '@/server/badges/attach-badges';
import type { Database } from '@/server/db/client';
import { badges, seekerIdentities, walletExchanges } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { createSeeker, testDatabase } from '@/server/testing/integration';
import { issueDidBoundBadge, ScriptedWallet } from '@/server/testing/scripted-wallet/scripted-wallet';
import { createExchange, EXCHANGE_TTL_MS } from './exchanges';
import { exchangeUrls, oid4vpClientId, vcapiDomain } from './protocols';
import { oid4vpResponse, vcapiExchange } from './wallet-service';

const BASE = 'http://localhost:3999';
const ACHIEVEMENT = {
  id: 'https://scripted-wallet-academy.example/achievements/sql',
  name: 'SQL for Analysts',
  description: 'Writes SQL queries.',
  criteria: 'Project.',
};
let db: Database;
let close: () => Promise<void>;
let counter = 0;

beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

async function walletWithBadge(format: 'ldp' | 'jwt' = 'ldp') {
  const wallet = await ScriptedWallet.create(`int-${Date.now()}-${counter++}`);
  wallet.credentials.push(await issueDidBoundBadge(wallet.did, { ...ACHIEVEMENT, id: `${ACHIEVEMENT.id}/${counter}` }, { format }));
  return wallet;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const badgesOf = async (userId: string) => db.select().from(badges).where(eq(badges.userId, userId));

async function vcapiAnswer(wallet: ScriptedWallet, exchangeId: string, override: { domain?: string; challenge?: string } = {}) {
  const first = await vcapiExchange(db, exchangeId, {}, BASE);
  if (!('verifiablePresentationRequest' in first)) throw new Error('expected a request');
  const request = first.verifiablePresentationRequest as { challenge: string; domain: string };
  const vp = await wallet.signPresentation(override.challenge ?? request.challenge, override.domain ?? request.domain);
  return { request, vp, answer: () => vcapiExchange(db, exchangeId, { verifiablePresentation: vp }, BASE) };
}

describe('VC-API exchange', () => {
  it('asks for DID authentication and Open Badges with our challenge and domain, then binds the holder and attaches the badge verified', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const wallet = await walletWithBadge();
    const { request, answer } = await vcapiAnswer(wallet, exchange.id);
    expect(request.challenge).toBe(exchange.challenge);
    expect(request.domain).toBe(vcapiDomain(BASE));
    expect(JSON.stringify(request)).toContain('DIDAuthentication');
    expect(JSON.stringify(request)).toContain('OpenBadgeCredential');
    // The wallet shows whose CV it is sharing to (cross-device phishing: a code sent by someone else says so).
    expect(JSON.stringify(request)).toContain('the Badgeboard CV of Test Seeker');

    const outcome = await answer();
    expect('result' in outcome && outcome.result.attached.map((b) => b.state)).toEqual(['verified']);
    const [badge] = await badgesOf(seeker.userId);
    expect(badge!.state).toBe('verified');
    expect(JSON.stringify(badge!.recipientBound)).toContain(wallet.did);
    const identities = await db.select().from(seekerIdentities).where(eq(seekerIdentities.userId, seeker.userId));
    expect(identities).toMatchObject([{ type: 'did', value: wallet.did, method: 'did_auth' }]);
    const [row] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, exchange.id));
    expect(row).toMatchObject({ state: 'complete', protocol: 'vcapi', holderDid: wallet.did });
  });

  it('refuses a replayed presentation: the exchange is single use and nothing more is stored', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const { answer } = await vcapiAnswer(await walletWithBadge(), exchange.id);
    await answer();
    expect((await refusal(answer())).code).toBe('wallet:exchange_used');
    expect(await badgesOf(seeker.userId)).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous answers in', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const { answer } = await vcapiAnswer(await walletWithBadge(), exchange.id);
    const settled = await Promise.allSettled([answer(), answer()]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(((settled.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason as AppError).code).toBe('wallet:exchange_used');
    expect(await badgesOf(seeker.userId)).toHaveLength(1);
  });

  it('refuses a presentation signed for another domain or challenge, and keeps the exchange open for a correct one', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const wallet = await walletWithBadge();
    const wrongDomain = await vcapiAnswer(wallet, exchange.id, { domain: 'evil.example' });
    expect((await refusal(wrongDomain.answer())).code).toBe('wallet:domain_mismatch');
    const wrongChallenge = await vcapiAnswer(wallet, exchange.id, { challenge: 'a-challenge-from-another-exchange' });
    expect((await refusal(wrongChallenge.answer())).code).toBe('wallet:challenge_mismatch');
    const [noted] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, exchange.id));
    expect(noted).toMatchObject({ state: 'active', error: { code: 'wallet:challenge_mismatch' } });
    expect(await badgesOf(seeker.userId)).toHaveLength(0);

    const right = await vcapiAnswer(wallet, exchange.id);
    await right.answer();
    expect((await badgesOf(seeker.userId)).map((b) => b.state)).toEqual(['verified']);
  });

  it('refuses an altered presentation and one whose proof is not for authentication', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const { vp } = await vcapiAnswer(await walletWithBadge(), exchange.id);
    const altered = { ...vp, verifiableCredential: [{ ...(vp.verifiableCredential as object[])[0], name: 'Forged' }] };
    const error = await refusal(vcapiExchange(db, exchange.id, { verifiablePresentation: altered }, BASE));
    expect(error).toMatchObject({ code: 'wallet:invalid_presentation', details: { reason: 'invalid_signature' } });
    const proof = { ...(vp.proof as object), proofPurpose: 'assertionMethod' };
    const purpose = await refusal(vcapiExchange(db, exchange.id, { verifiablePresentation: { ...vp, proof } }, BASE));
    expect(purpose).toMatchObject({ code: 'wallet:invalid_presentation', details: { reason: 'wrong_proof_purpose' } });
    const unsigned = await refusal(vcapiExchange(db, exchange.id, { verifiablePresentation: { ...vp, proof: undefined } }, BASE));
    expect(unsigned).toMatchObject({ details: { reason: 'unsigned' } });
    expect(await badgesOf(seeker.userId)).toHaveLength(0);
  });

  it('refuses an expired exchange', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker, new Date(Date.now() - EXCHANGE_TTL_MS - 1000));
    expect((await refusal(vcapiExchange(db, exchange.id, {}, BASE))).code).toBe('wallet:exchange_expired');
  });

  it('keeps a DID proven by one account from being bound to another', async () => {
    const wallet = await walletWithBadge();
    const first = await createSeeker(db);
    await (await vcapiAnswer(wallet, (await createExchange(db, first)).id)).answer();
    const second = await createSeeker(db);
    const exchange = await createExchange(db, second);
    wallet.credentials.splice(0, 1, await issueDidBoundBadge(wallet.did, { ...ACHIEVEMENT, id: `${ACHIEVEMENT.id}/other-${counter++}` }));
    expect((await refusal((await vcapiAnswer(wallet, exchange.id)).answer())).code).toBe('conflict');
    expect(await badgesOf(second.userId)).toHaveLength(0);
    const [row] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, exchange.id));
    expect(row!.state).toBe('failed');
  });

  it('re-checks a DID-bound badge uploaded before the DID was proven: it flips from failed to verified', async () => {
    const seeker = await createSeeker(db);
    const wallet = await ScriptedWallet.create(`int-upload-${Date.now()}`);
    const uploaded = await issueDidBoundBadge(wallet.did, { ...ACHIEVEMENT, id: `${ACHIEVEMENT.id}/uploaded-${counter++}` });
    const [attached] = await attachBadges(db, seeker, { kind: 'text', text: JSON.stringify(uploaded) });
    expect(attached!.state).not.toBe('verified');
    expect(attached!.failing?.check).toBe('recipient');
    wallet.credentials.push(await issueDidBoundBadge(wallet.did, { ...ACHIEVEMENT, id: `${ACHIEVEMENT.id}/shared-${counter++}` }));
    await (await vcapiAnswer(wallet, (await createExchange(db, seeker)).id)).answer();
    const states = (await badgesOf(seeker.userId)).map((b) => b.state);
    expect(states).toEqual(['verified', 'verified']);
  });
});

describe('OpenID4VP direct_post', () => {
  for (const format of ['ldp', 'jwt'] as const) {
    it(`accepts a ${format === 'ldp' ? 'Data Integrity presentation' : 'VP-JWT'} signed for our nonce and client_id`, async () => {
      const seeker = await createSeeker(db);
      const exchange = await createExchange(db, seeker);
      const wallet = await walletWithBadge(format);
      const audience = oid4vpClientId(exchangeUrls(BASE, exchange.id));
      const presentation =
        format === 'jwt' ? await wallet.signJwtPresentation(exchange.challenge, audience) : await wallet.signPresentation(exchange.challenge, audience);
      const key = format === 'jwt' ? 'openbadge_jwt' : 'openbadge_ldp';
      const outcome = await oid4vpResponse(db, exchange.id, { vp_token: JSON.stringify({ [key]: [presentation] }), state: exchange.id }, BASE);
      expect(outcome.redirect_uri).toBe(`${BASE}/cv?wallet=${exchange.id}`);
      expect(outcome.result.attached.map((b) => b.state)).toEqual(['verified']);
      const [row] = await db.select().from(walletExchanges).where(eq(walletExchanges.id, exchange.id));
      expect(row).toMatchObject({ state: 'complete', protocol: 'oid4vp', holderDid: wallet.did });
    });
  }

  it('refuses a VP-JWT for another audience or nonce, a replay, and a wallet that declined', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const wallet = await walletWithBadge('jwt');
    const audience = oid4vpClientId(exchangeUrls(BASE, exchange.id));
    const post = async (jwt: string) => oid4vpResponse(db, exchange.id, { vp_token: JSON.stringify({ openbadge_jwt: [jwt] }), state: exchange.id }, BASE);
    expect((await refusal(post(await wallet.signJwtPresentation(exchange.challenge, 'redirect_uri:https://evil.example/cb')))).code).toBe(
      'wallet:domain_mismatch',
    );
    expect((await refusal(post(await wallet.signJwtPresentation('stale-nonce', audience)))).code).toBe('wallet:challenge_mismatch');
    const declined = await refusal(oid4vpResponse(db, exchange.id, { error: 'access_denied', error_description: 'Call +44 to unlock your account' }, BASE));
    expect(declined.message).toContain('access_denied');
    expect(declined.message).not.toContain('Call +44');
    const good = await wallet.signJwtPresentation(exchange.challenge, audience);
    await post(good);
    expect((await refusal(post(good))).code).toBe('wallet:exchange_used');
    const [{ n }] = (await db
      .select({ n: count() })
      .from(badges)
      .where(and(eq(badges.userId, seeker.userId)))) as [{ n: number }];
    expect(Number(n)).toBe(1);
  });

  it('refuses a signed VP-JWT whose payload is not an object, as the client’s mistake (not a 500)', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    const wallet = await ScriptedWallet.create(`int-null-${Date.now()}`);
    const key = await importJWK(wallet.holder.privateJwk, 'EdDSA');
    const jwt = await new CompactSign(new TextEncoder().encode('null')).setProtectedHeader({ alg: 'EdDSA', kid: wallet.holder.verificationMethod }).sign(key);
    const error = await refusal(oid4vpResponse(db, exchange.id, { vp_token: JSON.stringify({ openbadge_jwt: [jwt] }), state: exchange.id }, BASE));
    expect(error).toMatchObject({ code: 'wallet:invalid_presentation', details: { reason: 'malformed' } });
  });

  it('refuses a vp_token that is not keyed by the request’s credential queries', async () => {
    const seeker = await createSeeker(db);
    const exchange = await createExchange(db, seeker);
    expect((await refusal(oid4vpResponse(db, exchange.id, { vp_token: '[]' }, BASE))).details).toMatchObject({ reason: 'malformed' });
    expect((await refusal(oid4vpResponse(db, exchange.id, { vp_token: '{"other":["x"]}' }, BASE))).details).toMatchObject({ reason: 'unknown_query' });
  });
});
