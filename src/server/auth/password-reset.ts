import 'server-only';
import { createHash, hkdfSync } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { sendMail } from '@/server/notifications/outgoing-mail';
import { hashPassword } from './password';
import { passwordSchema } from './schemas';
import { recentViewers } from './recent-viewers';
import { revokeUserSessions } from './sessions';

/** A reset link works for an hour: long enough to find the mail, short enough that an old inbox is no key. */
export const RESET_LINK_TTL_SECONDS = 60 * 60;
const audience = 'badgeboard:password-reset';

function linkKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'badgeboard', 'password reset link v1', 32));
}

/**
 * Ties a link to the password it replaces: once the password changes (this link used, another one used, or the
 * person changed it while signed in) the fingerprint no longer matches and the link is dead. Single use, no table.
 */
function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(`reset:${passwordHash}`).digest('base64url').slice(0, 22);
}

export async function sealResetLink(user: { id: string; passwordHash: string }, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ pw: passwordFingerprint(user.passwordHash) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + RESET_LINK_TTL_SECONDS)
    .sign(linkKey(secret));
}

const linkClaims = z.object({ sub: z.uuid(), pw: z.string() });
const invalid = 'This password reset link is not valid. Copy the whole link from the email, or ask for a new one.';

/** The account a link is for, while the link is intact, in date and unused; otherwise an `input:invalid` saying what to do. */
async function openResetLink(db: Database, token: string, now: Date): Promise<typeof users.$inferSelect> {
  let claims: z.infer<typeof linkClaims>;
  try {
    const { payload } = await jwtVerify(token, linkKey(env().NEXTAUTH_SECRET), { audience, algorithms: ['HS256'], currentDate: now });
    claims = linkClaims.parse(payload);
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw new AppError('input:invalid', 'This password reset link has expired (links work for an hour). Ask for a new one.');
    throw new AppError('input:invalid', invalid);
  }
  const [user] = await db.select().from(users).where(eq(users.id, claims.sub));
  if (!user) throw new AppError('input:invalid', invalid);
  if (claims.pw !== passwordFingerprint(user.passwordHash))
    throw new AppError(
      'input:invalid',
      'This password reset link was already used, or the password was changed since it was sent. Ask for a new one if you need to.',
    );
  return user;
}

/**
 * "Forgot your password?": mails a reset link when the address has an account, and answers the same either way, so
 * the form cannot be used to find out who is on Badgeboard. (Rate limits per address and per client are the caller's.)
 */
export async function requestPasswordReset(db: Database, email: string, options: { baseUrl: string; now?: Date }): Promise<{ email: string }> {
  const address = email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${address}`)
    .limit(1);
  if (user) {
    const token = await sealResetLink(user, env().NEXTAUTH_SECRET, options.now);
    await sendMail(db, {
      userId: user.id,
      to: user.email,
      subject: 'Reset your Badgeboard password',
      body:
        `Hello ${user.name},\n\n` +
        `Someone, perhaps you, asked to reset the password of the Badgeboard account for ${user.email}. To choose a new password, follow this link:\n\n` +
        `${options.baseUrl.replace(/\/$/, '')}/reset-password?token=${token}\n\n` +
        'The link works once, for an hour. If you did not ask, ignore this message: your password stays as it is.',
    });
  }
  return { email: address };
}

/** What the reset page shows before the person types: whose account, or why the link does not work. */
export async function readResetLink(db: Database, token: string, now = new Date()): Promise<{ email: string }> {
  const user = await openResetLink(db, token, now);
  return { email: user.email };
}

export const resetPasswordSchema = z.object({ token: z.string().min(1).max(2000), password: passwordSchema });

/**
 * Sets the new password and ends every session of the account (whoever knew the old password is signed out). The
 * link was mailed to the address, so following it also proves the address. The link is dead afterwards.
 */
export async function resetPassword(db: Database, input: z.infer<typeof resetPasswordSchema>, now = new Date()): Promise<{ email: string }> {
  const user = await openResetLink(db, input.token, now);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    // Only if the password is still the one the link was made for: two tabs using one link change it once.
    const changed = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(sql`${users.id} = ${user.id} and ${users.passwordHash} = ${user.passwordHash}`)
      .returning({ id: users.id });
    if (changed.length === 0) throw new AppError('input:invalid', 'This password reset link was already used. Sign in with your new password.');
    await revokeUserSessions(tx, user.id, { now });
  });
  recentViewers.forgetUser(user.id);
  return { email: user.email };
}
