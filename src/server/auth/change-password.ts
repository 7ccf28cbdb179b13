import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { formatWait } from '@/server/http/rate-limits';
import { hashPassword, verifyPassword } from './password';
import { recentViewers } from './recent-viewers';
import type { ChangePasswordInput } from './schemas';
import { revokeUserSessions } from './sessions';
import { admitSignIn } from './sign-in-throttle';

/**
 * Sets a new password once the current one is confirmed, and ends every other session of the person in the same
 * transaction (someone who learnt the old password is signed out); the session in hand stays signed in.
 *
 * Checking the current password is a sign-in in all but name, so it goes through the sign-in throttle for the
 * account's email at `address`: someone holding a session cannot guess the password here faster than at sign-in.
 */
export async function changePassword(
  db: Database,
  person: { userId: string; email: string; address: string; keepSessionId: string },
  input: ChangePasswordInput,
  now = new Date(),
): Promise<{ otherSessionsEnded: number }> {
  const attempt = await admitSignIn(person.email, person.address);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, person.userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const wait = await attempt.failed();
    throw new AppError('auth:invalid_credentials', 'Your current password is not right, so nothing was changed.', {
      fields: { currentPassword: [`This is not your current password. Enter the one you sign in with${wait > 0 ? ` (wait ${formatWait(wait)} first)` : ''}.`] },
      ...(wait > 0 ? { retryAfter: wait } : {}),
    });
  }
  await attempt.succeeded();
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, person.userId));
    return revokeUserSessions(tx, person.userId, { except: person.keepSessionId, now });
  });
  // Again after the commit: a request between the revocation and the commit may have remembered the old state.
  recentViewers.forgetUser(person.userId);
  return { otherSessionsEnded };
}
