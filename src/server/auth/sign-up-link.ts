import 'server-only';
import { hkdfSync } from 'node:crypto';
import { EncryptJWT, errors as joseErrors, jwtDecrypt } from 'jose';
import { z } from 'zod';
import { AppError } from '@/server/errors';

/** How long a sign-up link works. */
export const SIGN_UP_LINK_TTL_SECONDS = 48 * 60 * 60;

/**
 * What someone asked for when signing up, carried by the link mailed to them: no account row exists until the
 * link is followed, so signing up twice, or with somebody else's address, leaves nothing behind to find.
 */
const pendingSignUpSchema = z.object({
  email: z.string(),
  name: z.string(),
  accountType: z.enum(['seeker', 'employer']),
  organisationName: z.string().optional(),
  /** argon2id of the chosen password (the password itself is never stored, nor mailed). */
  passwordHash: z.string(),
});

export type PendingSignUp = z.infer<typeof pendingSignUpSchema>;

const audience = 'badgeboard:sign-up';

/** An encryption key for sign-up links only, derived from the app secret (so a link works on every instance). */
function linkKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'badgeboard', 'sign-up link v1', 32));
}

/**
 * Seals a pending sign-up into a link token: encrypted and authenticated (JWE, `dir` + A256GCM), so the mail
 * carries neither readable details nor the password hash, and any change to the token makes it unusable.
 */
export async function sealSignUpLink(pending: PendingSignUp, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new EncryptJWT({ ...pending })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SIGN_UP_LINK_TTL_SECONDS)
    .encrypt(linkKey(secret));
}

const invalidLink = 'This sign-up link is not valid. Copy the whole link from the email, or sign up again to get a new one.';

/** Opens a sign-up link token, or throws `input:invalid` saying what to do. */
export async function openSignUpLink(token: string, secret: string, now = new Date()): Promise<PendingSignUp> {
  try {
    const { payload } = await jwtDecrypt(token, linkKey(secret), {
      audience,
      currentDate: now,
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    const pending = pendingSignUpSchema.safeParse(payload);
    if (!pending.success) throw new AppError('input:invalid', invalidLink);
    return pending.data;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof joseErrors.JWTExpired) {
      throw new AppError('input:invalid', 'This sign-up link has expired (links work for 48 hours). Sign up again to get a new one.');
    }
    if (error instanceof joseErrors.JOSEError) throw new AppError('input:invalid', invalidLink);
    throw error;
  }
}
