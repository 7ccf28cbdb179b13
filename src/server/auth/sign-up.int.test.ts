// Integration: real PostgreSQL. Accounts are created whole or not at all.
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { cvs, memberships, organisations, users } from '@/server/db/schema';
import { testDatabase, uniqueWord } from '@/server/testing/integration';
import { authenticate } from './authenticate';
import { signUp } from './sign-up';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

const counts = async () => ({
  users: Number((await db.select({ n: count() }).from(users))[0]!.n),
  cvs: Number((await db.select({ n: count() }).from(cvs))[0]!.n),
  orgs: Number((await db.select({ n: count() }).from(organisations))[0]!.n),
  memberships: Number((await db.select({ n: count() }).from(memberships))[0]!.n),
});

describe('signUp and authenticate', () => {
  it('creates an employer with an organisation they own, and signs them in', async () => {
    const email = `${uniqueWord()}@example.test`;
    const { userId } = await signUp(db, { name: 'Iain', email, password: 'long enough password', accountType: 'employer', organisationName: 'Forth Ports' });
    const [membership] = await db.select().from(memberships).where(sql`${memberships.userId} = ${userId}`);
    expect(membership?.role).toBe('owner');
    await expect(authenticate(db, { email: email.toUpperCase(), password: 'long enough password' }, 'a')).resolves.toMatchObject({ id: userId });
  });

  it('refuses a second account with the same email (any case) and stores nothing', async () => {
    const email = `${uniqueWord()}@example.test`;
    await signUp(db, { name: 'One', email, password: 'long enough password', accountType: 'seeker' });
    const before = await counts();
    await expect(signUp(db, { name: 'Two', email: email.toUpperCase(), password: 'long enough password', accountType: 'employer', organisationName: 'X' })).rejects.toMatchObject({
      code: 'auth:email_taken',
    });
    expect(await counts()).toEqual(before);
  });

  it('says a wrong password does not match, and stores the password only as an argon2id hash', async () => {
    const email = `${uniqueWord()}@example.test`;
    await signUp(db, { name: 'Three', email, password: 'right password here', accountType: 'seeker' });
    await expect(authenticate(db, { email, password: 'wrong password here' }, 'b')).rejects.toMatchObject({ code: 'auth:invalid_credentials' });
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(sql`${users.email} = ${email}`);
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });

  it('rate-limits repeated attempts on one email', async () => {
    const email = `${uniqueWord()}@example.test`;
    for (let i = 0; i < 10; i++) await authenticate(db, { email, password: 'nope' }, `c${i}`).catch(() => undefined);
    await expect(authenticate(db, { email, password: 'nope' }, 'c-last')).rejects.toMatchObject({ code: 'auth:rate_limited' });
  });
});
