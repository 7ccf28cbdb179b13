import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { env } from '@/server/env';
import { AppError } from '@/server/errors';
import { formatWait } from '@/server/http/rate-limits';
import { claimOutgoingMail } from '@/server/notifications/outgoing-mail';
import { verifyPassword } from './password';
import { admitSignIn } from './sign-in-throttle';
import { openSignUpLink } from './sign-up-link';
import { createAccount } from './sign-up';

export const completeSignUpSchema = z.object({
  token: z.string().min(1, 'This link is missing its code. Open the link from the email again.').max(4096, 'This sign-up link is not valid.'),
  password: z.string({ error: 'Enter the password you chose.' }).min(1, 'Enter the password you chose.').max(200, 'That password is too long.'),
});

export type CompleteSignUpInput = z.infer<typeof completeSignUpSchema>;

/**
 * The last step of signing up: the mailed link was followed (so the address is the person's) and they typed the
 * password they chose. Creates the account with its address already verified, and hands it the sign-up mail.
 * Wrong passwords are throttled like sign-in. Following the link again after the account exists changes nothing
 * (`created: false`), so the person can simply sign in.
 */
export async function completeSignUp(
  db: Database,
  input: CompleteSignUpInput,
  address: string,
  now = new Date(),
): Promise<{
  email: string;
  accountType: 'seeker' | 'employer';
  created: boolean;
}> {
  const pending = await openSignUpLink(input.token, env().NEXTAUTH_SECRET, now);
  const attempt = await admitSignIn(pending.email, address);
  if (!(await verifyPassword(pending.passwordHash, input.password))) {
    const wait = await attempt.failed();
    throw new AppError(
      'auth:invalid_credentials',
      `That is not the password you chose when you signed up. ${wait > 0 ? `Wait ${formatWait(wait)}, then try again` : 'Try again'}, or sign up again to choose a new one.`,
      {
        fields: {
          password: ['This is not the password you chose when signing up.'],
        },
        ...(wait > 0 ? { retryAfter: wait } : {}),
      },
    );
  }
  await attempt.succeeded();
  const result = { email: pending.email, accountType: pending.accountType };
  try {
    const { userId } = await createAccount(db, pending, {
      emailVerifiedAt: now,
    });
    await claimOutgoingMail(db, userId, pending.email);
    return { ...result, created: true };
  } catch (error) {
    if (error instanceof AppError && error.code === 'auth:email_taken') return { ...result, created: false };
    throw error;
  }
}

/**
 * What the sign-up page shows for a link before anything is written (a GET must not create the account: mail
 * scanners open links too): who is signing up, and whether the account already exists (the link was used).
 */
export async function readSignUpLink(
  db: Database,
  token: string,
  now = new Date(),
): Promise<{
  email: string;
  name: string;
  accountType: 'seeker' | 'employer';
  organisationName?: string;
  accountExists: boolean;
}> {
  const { email, name, accountType, organisationName } = await openSignUpLink(token, env().NEXTAUTH_SECRET, now);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  return {
    email,
    name,
    accountType,
    organisationName,
    accountExists: Boolean(existing),
  };
}
