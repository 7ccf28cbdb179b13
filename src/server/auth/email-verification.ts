import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reverifyBadge } from '@/server/badges/reverify-badge';
import type { Database } from '@/server/db/client';
import { badges, seekerIdentities, users } from '@/server/db/schema';
import { env } from '@/server/env';
import { AppError, fromDatabaseError } from '@/server/errors';
import { sendMail } from '@/server/notifications/outgoing-mail';

const TTL_MS = 48 * 60 * 60_000;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', `email-verification:${secret}`).update(payload).digest('base64url');
}

/** A link token: user, address and expiry, signed with the app secret (nothing to store). */
export function verificationToken(userId: string, email: string, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, e: email.toLowerCase(), x: now + TTL_MS })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

const tokenPayload = z.object({ u: z.string(), e: z.string(), x: z.number() });
const invalidLink = () => new AppError('input:invalid', 'This verification link is not valid. Request a new one from your CV page.');

/** Reads a link token; anything but an intact, unexpired token is an `input:invalid` AppError (never a crash). */
export function readVerificationToken(token: string, secret: string, now = Date.now()): { userId: string; email: string } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) throw invalidLink();
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidLink();
  let data: z.infer<typeof tokenPayload>;
  try {
    data = tokenPayload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw invalidLink();
  }
  if (data.x < now) throw new AppError('input:invalid', 'This verification link has expired. Request a new one from your CV page.');
  return { userId: data.u, email: data.e };
}

/** The page a verification link opens, for this account and address (the sign-in address or an added one). */
export function verificationLink(baseUrl: string, userId: string, email: string): string {
  return `${baseUrl.replace(/\/$/, '')}/verify-email?token=${verificationToken(userId, email, env().NEXTAUTH_SECRET)}`;
}

/** Sends (in local mode: logs and keeps for /dev/mailbox) the link proving the address is the seeker's. */
export async function sendVerificationEmail(db: Database, user: { id: string; email: string; name: string }, baseUrl: string): Promise<void> {
  const link = verificationLink(baseUrl, user.id, user.email);
  const body = `Hello ${user.name},\n\nConfirm that ${user.email} is your address, so badges issued to it count as yours on Badgeboard:\n\n${link}\n\nThe link works for 48 hours.`;
  await sendMail(db, { userId: user.id, to: user.email, subject: 'Confirm your email address for Badgeboard', body });
}

/** What a verification link says, without acting on it: the page a link lands on only reads (its button confirms). */
export function readVerificationLink(token: string): { email: string } {
  return { email: readVerificationToken(token, env().NEXTAUTH_SECRET).email };
}

const addressTaken = () =>
  new AppError('email:taken', 'Another Badgeboard account uses this address or has proved it is theirs, so it cannot be verified for this one.');
const noLongerOnAccount = () =>
  new AppError(
    'input:invalid',
    'This link is for an address that is no longer on the account. Add it again under Account → Email addresses to get a new link.',
  );

/**
 * Marks the address verified — the sign-in address (`users.email`) or one the seeker added (`seeker_identities`) —
 * and re-checks the seeker's badges whose recipient could not be confirmed yet, so a badge issued to that address
 * turns verified without being added again. An added address proven meanwhile by another account is refused.
 */
export async function confirmEmail(db: Database, token: string): Promise<{ email: string; badgesRechecked: number }> {
  const { userId, email } = readVerificationToken(token, env().NEXTAUTH_SECRET);
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw noLongerOnAccount();
  if (user.email.toLowerCase() === email) {
    if (!user.emailVerifiedAt)
      await db
        .update(users)
        .set({ emailVerifiedAt: sql`now()` })
        .where(eq(users.id, userId));
  } else {
    const [added] = await db
      .select({ id: seekerIdentities.id, verifiedAt: seekerIdentities.verifiedAt })
      .from(seekerIdentities)
      .where(and(eq(seekerIdentities.userId, userId), eq(seekerIdentities.type, 'email'), eq(seekerIdentities.value, email)));
    if (!added) throw noLongerOnAccount();
    if (!added.verifiedAt) {
      // Someone may have signed up with the address since it was added here: it is theirs to sign in with.
      const [signsInWithIt] = await db
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${email}`)
        .limit(1);
      if (signsInWithIt) throw addressTaken();
      try {
        await db
          .update(seekerIdentities)
          .set({ verifiedAt: sql`now()`, method: 'email_link' })
          .where(and(eq(seekerIdentities.id, added.id), isNull(seekerIdentities.verifiedAt)));
      } catch (error) {
        // The partial unique index: a proven address belongs to one account only.
        if (fromDatabaseError(error)?.code === 'conflict') throw addressTaken();
        throw error;
      }
    }
  }
  const waiting = await db
    .select({ id: badges.id })
    .from(badges)
    .where(and(eq(badges.userId, userId), sql`${badges.state} in ('unverified', 'failed')`));
  for (const badge of waiting) await reverifyBadge(db, badge.id);
  return { email, badgesRechecked: waiting.length };
}
