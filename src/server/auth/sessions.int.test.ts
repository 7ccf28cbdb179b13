// Integration: real PostgreSQL. Sessions end when the person says so, and a dead token is refused on the next request.
import { count, eq } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '@/server/account/personal-data';
import { closeDb, type Database } from '@/server/db/client';
import { userSessions } from '@/server/db/schema';
import { createEmployerViewer, createSeeker, testDatabase } from '@/server/testing/integration';
import { authenticate } from './authenticate';
import { changePassword } from './change-password';
import { authOptions } from './options';
import { listLiveSessions, revokeUserSessions, SESSION_MAX_AGE_SECONDS, startSession } from './sessions';
import { loadSessionViewer, loadViewer } from './viewer';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => {
  await close();
  await closeDb(); // the handle the next-auth callbacks use
});

const DAY = 24 * 60 * 60_000;
const PASSWORD = 'a-long-password'; // createSeeker's
const sessionRow = async (id: string) => (await db.select().from(userSessions).where(eq(userSessions.id, id)))[0];

/** Signs in as next-auth does once the password matched: the jwt callback with the authorised user. */
async function signIn(user: { userId: string; email: string }, userAgent?: string): Promise<JWT> {
  const jwt = authOptions().callbacks!.jwt!;
  return jwt({ token: { sub: user.userId }, user: { id: user.userId, email: user.email, name: 'Test Seeker', userAgent } as never, account: null });
}

async function signOut(token: JWT): Promise<void> {
  await authOptions().events!.signOut!({ token, session: null as never });
}

describe('sessions', () => {
  it('records a session at sign-in and puts its id in the token', async () => {
    const seeker = await createSeeker(db);
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) ${'x'.repeat(400)}`;
    const token = await signIn(seeker, userAgent);
    expect(token.uid).toBe(seeker.userId);
    expect(token.sid).toEqual(expect.any(String));
    const row = await sessionRow(token.sid as string);
    expect(row).toMatchObject({ userId: seeker.userId, revokedAt: null, userAgent: userAgent.slice(0, 200) });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(SESSION_MAX_AGE_SECONDS * 1000);
  });

  it('finds the viewer of a live session, and nobody for a session of someone else', async () => {
    const seeker = await createSeeker(db);
    const other = await createSeeker(db);
    const token = await signIn(seeker);
    const viewer = await loadSessionViewer(db, { userId: seeker.userId, sessionId: token.sid as string });
    expect(viewer).toMatchObject({ id: seeker.userId, email: seeker.email, cvId: seeker.cvId, orgs: [] });
    expect(await loadViewer(seeker.userId)).toEqual(viewer); // the session-less loader tests use sees the same person
    expect(await loadSessionViewer(db, { userId: other.userId, sessionId: token.sid as string })).toBeNull();
  });

  it('an employer’s session carries their organisation and role', async () => {
    const employer = await createEmployerViewer(db);
    const sessionId = await startSession(db, employer.id);
    const viewer = await loadSessionViewer(db, { userId: employer.id, sessionId });
    expect(viewer).toMatchObject({ id: employer.id, cvId: null, orgs: [{ name: 'Test Org', role: 'owner' }] });
  });

  it('refuses the token on the very next request after sign-out', async () => {
    const seeker = await createSeeker(db);
    const token = await signIn(seeker);
    const claims = { userId: seeker.userId, sessionId: token.sid as string };
    const now = new Date();
    expect(await loadSessionViewer(db, claims, now)).not.toBeNull();
    await signOut(token);
    // Same instant: only forgetting the remembered viewer can make this null.
    expect(await loadSessionViewer(db, claims, now)).toBeNull();
    expect((await sessionRow(claims.sessionId))!.revokedAt).not.toBeNull();
  });

  it('remembers a viewer for two seconds, so a revocation by another process lands within that', async () => {
    const seeker = await createSeeker(db);
    const claims = { userId: seeker.userId, sessionId: await startSession(db, seeker.userId) };
    const now = new Date();
    expect(await loadSessionViewer(db, claims, now)).not.toBeNull();
    await db.update(userSessions).set({ revokedAt: now }).where(eq(userSessions.id, claims.sessionId)); // as another app instance would
    expect(await loadSessionViewer(db, claims, new Date(now.getTime() + 1_000))).not.toBeNull();
    expect(await loadSessionViewer(db, claims, new Date(now.getTime() + 2_000))).toBeNull();
  });

  it('"sign out everywhere" ends every session of the person and nobody else’s', async () => {
    const seeker = await createSeeker(db);
    const bystander = await createSeeker(db);
    const sessions = [await signIn(seeker), await signIn(seeker), await signIn(seeker)].map((token) => ({
      userId: seeker.userId,
      sessionId: token.sid as string,
    }));
    const theirs = { userId: bystander.userId, sessionId: (await signIn(bystander)).sid as string };
    const now = new Date();
    for (const claims of [...sessions, theirs]) expect(await loadSessionViewer(db, claims, now)).not.toBeNull();

    expect(await revokeUserSessions(db, seeker.userId, { now })).toBe(3);
    for (const claims of sessions) expect(await loadSessionViewer(db, claims, now)).toBeNull();
    expect(await listLiveSessions(db, seeker.userId, now)).toEqual([]);
    expect(await loadSessionViewer(db, theirs, now)).not.toBeNull();
  });

  it('a password change keeps the session in hand and ends the others', async () => {
    const seeker = await createSeeker(db);
    const here = { userId: seeker.userId, sessionId: (await signIn(seeker)).sid as string };
    const elsewhere = { userId: seeker.userId, sessionId: (await signIn(seeker)).sid as string };
    const person = { userId: seeker.userId, email: seeker.email, address: '192.0.2.10' };
    const now = new Date();
    expect(await loadSessionViewer(db, elsewhere, now)).not.toBeNull();

    await expect(
      changePassword(db, { ...person, keepSessionId: here.sessionId }, { currentPassword: 'not my password', newPassword: 'a brand new password' }),
    ).rejects.toMatchObject({
      code: 'auth:invalid_credentials',
      details: { fields: { currentPassword: [expect.any(String)] } },
    });
    expect(await listLiveSessions(db, seeker.userId)).toHaveLength(2);

    const result = await changePassword(db, { ...person, keepSessionId: here.sessionId }, { currentPassword: PASSWORD, newPassword: 'a brand new password' });
    expect(result).toEqual({ otherSessionsEnded: 1 });
    expect(await loadSessionViewer(db, here, now)).toMatchObject({ id: seeker.userId });
    expect(await loadSessionViewer(db, elsewhere, now)).toBeNull();
    expect((await listLiveSessions(db, seeker.userId)).map((session) => session.id)).toEqual([here.sessionId]);
    await expect(authenticate(db, { email: seeker.email, password: 'a brand new password' }, '192.0.2.10')).resolves.toMatchObject({ id: seeker.userId });
    await expect(authenticate(db, { email: seeker.email, password: PASSWORD }, '192.0.2.10')).rejects.toMatchObject({ code: 'auth:invalid_credentials' });
  });

  it('refuses a session once it has expired, and notes when it was last used at most every five minutes', async () => {
    const seeker = await createSeeker(db);
    const signedInAt = new Date('2031-03-01T09:00:00Z');
    const at = (ms: number) => new Date(signedInAt.getTime() + ms);
    const claims = { userId: seeker.userId, sessionId: await startSession(db, seeker.userId, { now: signedInAt }) };
    const lastSeen = async () => (await sessionRow(claims.sessionId))!.lastSeenAt.toISOString();

    expect(await loadSessionViewer(db, claims, at(60_000))).not.toBeNull();
    expect(await lastSeen()).toBe(signedInAt.toISOString());
    expect(await loadSessionViewer(db, claims, at(6 * 60_000))).not.toBeNull();
    expect(await lastSeen()).toBe(at(6 * 60_000).toISOString());
    expect(await loadSessionViewer(db, claims, at(8 * 60_000))).not.toBeNull();
    expect(await lastSeen()).toBe(at(6 * 60_000).toISOString());

    expect(await loadSessionViewer(db, claims, at(30 * DAY - 1_000))).not.toBeNull();
    expect(await loadSessionViewer(db, claims, at(30 * DAY))).toBeNull();
    expect(await listLiveSessions(db, seeker.userId, at(30 * DAY))).toEqual([]);
  });

  it('deleting the account ends its sessions at once', async () => {
    const seeker = await createSeeker(db);
    const claims = { userId: seeker.userId, sessionId: (await signIn(seeker)).sid as string };
    const now = new Date();
    expect(await loadSessionViewer(db, claims, now)).not.toBeNull();
    await deleteAccount(db, seeker.userId);
    expect(await loadSessionViewer(db, claims, now)).toBeNull();
    expect((await db.select({ n: count() }).from(userSessions).where(eq(userSessions.userId, seeker.userId)))[0]!.n).toBe(0);
  });
});
