// Integration: real PostgreSQL; the link as mailed, the sessions as stored.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { listOutgoingMail } from '@/server/notifications/outgoing-mail';
import { createSeeker, testDatabase } from '@/server/testing/integration';
import { verifyPassword } from './password';
import { readResetLink, requestPasswordReset, resetPassword, RESET_LINK_TTL_SECONDS, sealResetLink } from './password-reset';
import { listLiveSessions, startSession } from './sessions';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

const BASE = 'http://localhost:3999';
const tokenFrom = (body: string) => /reset-password\?token=([\w.-]+)/.exec(body)?.[1];

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('password reset by mailed link', () => {
  it('mails a link that sets a new password once, ends every session, and is dead afterwards', async () => {
    const seeker = await createSeeker(db);
    await startSession(db, seeker.userId);
    await requestPasswordReset(db, seeker.email.toUpperCase(), { baseUrl: BASE });
    const [mail] = await listOutgoingMail(db, { userId: seeker.userId });
    expect(mail!.subject).toBe('Reset your Badgeboard password');
    const token = tokenFrom(mail!.body)!;
    expect(await readResetLink(db, token)).toEqual({ email: seeker.email });

    await resetPassword(db, { token, password: 'a brand new password' });
    const [user] = await db.select().from(users).where(eq(users.id, seeker.userId));
    expect(await verifyPassword(user!.passwordHash, 'a brand new password')).toBe(true);
    expect(user!.emailVerifiedAt).not.toBeNull();
    expect(await listLiveSessions(db, seeker.userId)).toHaveLength(0);

    const again = await refusal(resetPassword(db, { token, password: 'another new password' }));
    expect(again.message).toMatch(/already used/);
    const [after] = await db.select().from(users).where(eq(users.id, seeker.userId));
    expect(await verifyPassword(after!.passwordHash, 'a brand new password')).toBe(true);
  });

  it('answers the same for an address without an account, and mails nothing', async () => {
    const email = `nobody-${Date.now()}@example.test`;
    expect(await requestPasswordReset(db, email, { baseUrl: BASE })).toEqual({ email });
    expect(await listOutgoingMail(db, { to: email })).toHaveLength(0);
  });

  it('refuses an expired link and an altered one', async () => {
    const seeker = await createSeeker(db);
    const [user] = await db.select().from(users).where(eq(users.id, seeker.userId));
    const issued = new Date('2030-01-01T10:00:00Z');
    const token = await sealResetLink(user!, env().NEXTAUTH_SECRET, issued);
    expect(await readResetLink(db, token, new Date(issued.getTime() + 60_000))).toEqual({ email: seeker.email });
    const late = new Date(issued.getTime() + (RESET_LINK_TTL_SECONDS + 1) * 1000);
    expect((await refusal(readResetLink(db, token, late))).message).toMatch(/expired/);
    const altered = `${token.slice(0, -4)}AAAA`;
    expect((await refusal(readResetLink(db, altered, new Date(issued.getTime() + 60_000)))).message).toMatch(/not valid/);
  });
});
