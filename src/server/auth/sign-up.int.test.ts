// Integration: real PostgreSQL (accounts, outgoing mail and the rate-limit counters). Accounts are created whole or
// not at all, and only by following the mailed link; sign-up answers alike for new and existing addresses.
import { count, desc, eq, like, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/server/db/client';
import { cvs, memberships, organisations, outgoingMail, rateLimits, seekerIdentities, users } from '@/server/db/schema';
import { closeRateLimitStore, rateLimitStore } from '@/server/http/rate-limit-store';
import { testDatabase, uniqueWord } from '@/server/testing/integration';
import { authenticate } from './authenticate';
import { completeSignUp } from './complete-sign-up';
import { requestSignUp } from './request-sign-up';
import { waitAfterFailures } from './sign-in-throttle';
import { signUp } from './sign-up';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => {
  await closeRateLimitStore();
  await close();
});
afterEach(() => void vi.useRealTimers());

const baseUrl = 'http://badgeboard.test';
const counts = async () => ({
  users: Number((await db.select({ n: count() }).from(users))[0]!.n),
  cvs: Number((await db.select({ n: count() }).from(cvs))[0]!.n),
  orgs: Number((await db.select({ n: count() }).from(organisations))[0]!.n),
  memberships: Number((await db.select({ n: count() }).from(memberships))[0]!.n),
});
const mailTo = (to: string) => db.select().from(outgoingMail).where(eq(outgoingMail.to, to)).orderBy(desc(outgoingMail.createdAt));
const linkToken = (body: string) => /\/sign-up\/confirm\?token=([\w.-]+)/.exec(body)?.[1];
// Each test signs in from its own addresses, so counters of earlier runs against the same database never meet it.
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${uniqueWord()}`;

describe('requestSignUp and completeSignUp', () => {
  it('mails a new address a link; following it with the chosen password creates the verified account, which can sign in', async () => {
    const email = `${uniqueWord()}@example.test`;
    const before = await counts();
    await expect(
      requestSignUp(
        db,
        {
          name: 'Iain',
          email,
          password: 'long enough password',
          accountType: 'employer',
          organisationName: 'Forth Ports',
        },
        { baseUrl },
      ),
    ).resolves.toEqual({ email });
    expect(await counts()).toEqual(before);

    const [mail] = await mailTo(email);
    expect(mail).toMatchObject({
      userId: null,
      subject: 'Finish creating your Badgeboard account',
    });
    expect(mail!.body).toContain(`${baseUrl}/sign-up/confirm?token=`);
    const token = linkToken(mail!.body)!;

    await expect(completeSignUp(db, { token, password: 'not the password' }, address())).rejects.toMatchObject({ code: 'auth:invalid_credentials' });
    expect(await counts()).toEqual(before);

    await expect(completeSignUp(db, { token, password: 'long enough password' }, address())).resolves.toEqual({
      email,
      accountType: 'employer',
      created: true,
    });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership?.role).toBe('owner');
    // The sign-up mail now belongs to the account (its export and deletion include it).
    expect((await mailTo(email)).map((m) => m.userId)).toEqual([user!.id]);
    await expect(authenticate(db, { email: email.toUpperCase(), password: 'long enough password' }, address())).resolves.toMatchObject({ id: user!.id });

    // Following the link again changes nothing.
    await expect(completeSignUp(db, { token, password: 'long enough password' }, address())).resolves.toMatchObject({ created: false });
    expect((await counts()).users).toBe(before.users + 1);
  });

  it('answers an address that has an account exactly the same, mails its owner instead, and changes nothing', async () => {
    const email = `${uniqueWord()}@example.test`;
    const { userId } = await signUp(db, {
      name: 'Morag',
      email,
      password: 'the owners password',
      accountType: 'seeker',
    });
    const [owner] = await db.select().from(users).where(eq(users.id, userId));
    const before = await counts();

    await expect(
      requestSignUp(
        db,
        {
          name: 'Someone Else',
          email,
          password: 'a stranger password',
          accountType: 'employer',
          organisationName: 'X',
        },
        { baseUrl },
      ),
    ).resolves.toEqual({
      email,
    });
    expect(await counts()).toEqual(before);
    const [mail] = await mailTo(email);
    expect(mail).toMatchObject({
      userId,
      subject: 'Someone tried to create a Badgeboard account with your address',
    });
    expect(mail!.body).toContain(`${baseUrl}/sign-in?email=${encodeURIComponent(email)}`);
    expect(linkToken(mail!.body)).toBeUndefined();
    const [after] = await db.select().from(users).where(eq(users.id, userId));
    expect(after).toEqual(owner);
  });

  it('treats an address another account has proved as one of its added addresses like an account: no second account', async () => {
    const owned = `${uniqueWord()}@example.test`;
    const { userId } = await signUp(db, { name: 'Ailsa', email: `${uniqueWord()}@example.test`, password: 'the owners password', accountType: 'seeker' });
    await db.insert(seekerIdentities).values({ userId, type: 'email', value: owned, verifiedAt: new Date(), method: 'email_link' });
    await requestSignUp(db, { name: 'Someone Else', email: owned, password: 'a stranger password', accountType: 'seeker' }, { baseUrl });
    const [mail] = await mailTo(owned);
    expect(mail).toMatchObject({ userId, subject: 'Someone tried to create a Badgeboard account with your address' });
    expect(linkToken(mail!.body)).toBeUndefined();
  });

  it('takes about as long for an existing address as for a new one (the password is hashed either way)', async () => {
    const existing = `${uniqueWord()}@example.test`;
    await signUp(db, {
      name: 'Ailsa',
      email: existing,
      password: 'long enough password',
      accountType: 'seeker',
    });
    const timed = async (email: string) => {
      const start = performance.now();
      await requestSignUp(
        db,
        {
          name: 'Timing',
          email,
          password: 'long enough password',
          accountType: 'seeker',
        },
        { baseUrl },
      );
      return performance.now() - start;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const fresh: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 5; i++) {
      fresh.push(await timed(`${uniqueWord()}@example.test`));
      known.push(await timed(existing));
    }
    // Without the hash the existing-address path takes a small fraction of the other; with it they are alike.
    expect(median(known)).toBeGreaterThan(median(fresh) * 0.5);
  });

  it('refuses to create a second account with the same email (any case) and stores nothing', async () => {
    const email = `${uniqueWord()}@example.test`;
    await signUp(db, {
      name: 'One',
      email,
      password: 'long enough password',
      accountType: 'seeker',
    });
    const before = await counts();
    await expect(
      signUp(db, {
        name: 'Two',
        email: email.toUpperCase(),
        password: 'long enough password',
        accountType: 'employer',
        organisationName: 'X',
      }),
    ).rejects.toMatchObject({
      code: 'auth:email_taken',
    });
    expect(await counts()).toEqual(before);
  });
});

describe('authenticate', () => {
  it('says a wrong password does not match, and stores the password only as an argon2id hash', async () => {
    const email = `${uniqueWord()}@example.test`;
    await signUp(db, {
      name: 'Three',
      email,
      password: 'right password here',
      accountType: 'seeker',
    });
    await expect(authenticate(db, { email, password: 'wrong password here' }, address())).rejects.toMatchObject({ code: 'auth:invalid_credentials' });
    const [row] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(sql`${users.email} = ${email}`);
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });

  it('after 10 wrong passwords from address A, lets the owner in from address B at once, and delays A', async () => {
    expect((await rateLimitStore()).kind).toBe('postgres');
    vi.useFakeTimers({
      toFake: ['Date'],
      now: new Date('2030-01-01T09:00:00Z'),
    });
    const email = `${uniqueWord()}@example.test`;
    await signUp(db, {
      name: 'Owner',
      email,
      password: 'the right password',
      accountType: 'seeker',
    });
    const [a, b] = [address(), address()];

    let wait = 0;
    for (let failure = 1; failure <= 10; failure++) {
      vi.advanceTimersByTime(wait * 1000);
      const error = await authenticate(db, { email, password: `wrong ${failure}` }, a).catch((e: unknown) => e);
      expect(error, `failure ${failure}`).toMatchObject({
        code: 'auth:invalid_credentials',
      });
      wait = waitAfterFailures(failure);
      if (wait > 0) expect((error as Error).message).toContain(`Wait ${wait} second`);
    }
    expect(wait).toBe(32);
    // Trying again at once from A is refused, with the wait, even with the right password.
    await expect(authenticate(db, { email, password: `wrong again` }, a)).rejects.toMatchObject({
      code: 'auth:rate_limited',
      details: { retryAfter: 32 },
    });
    const stored = await db.select().from(rateLimits).where(like(rateLimits.key, 'sign-in-%'));
    expect(stored.length).toBeGreaterThanOrEqual(3);

    await expect(authenticate(db, { email, password: 'the right password' }, b)).resolves.toMatchObject({ email });
    await expect(authenticate(db, { email, password: 'the right password' }, a)).rejects.toMatchObject({
      code: 'auth:rate_limited',
      message: expect.stringContaining('Wait 32 seconds'),
    });
    vi.advanceTimersByTime(32_000);
    await expect(authenticate(db, { email, password: 'the right password' }, a)).resolves.toMatchObject({ email });
    // The success forgot A's failures: the next wrong password is a free one again.
    await expect(authenticate(db, { email, password: 'wrong once more' }, a)).rejects.toMatchObject({
      code: 'auth:invalid_credentials',
      message: expect.not.stringContaining('Wait'),
    });
  });

  it('throttles an email with no account exactly like one with an account', async () => {
    vi.useFakeTimers({
      toFake: ['Date'],
      now: new Date('2030-01-02T09:00:00Z'),
    });
    const [known, unknown] = [`${uniqueWord()}@example.test`, `${uniqueWord()}@example.test`];
    await signUp(db, {
      name: 'Known',
      email: known,
      password: 'the right password',
      accountType: 'seeker',
    });
    const from = address();
    const outcomes = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++)
        seen.push(
          await authenticate(db, { email, password: 'wrong password' }, from).then(
            () => 'ok',
            (e: { code: string }) => e.code,
          ),
        );
      return seen;
    };
    expect(await outcomes(unknown)).toEqual(await outcomes(known));
  });
});
