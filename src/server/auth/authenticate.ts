import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { formatWait } from '@/server/http/rate-limits';
import { hashPassword, verifyPassword } from './password';
import { signInSchema } from './schemas';
import { admitSignIn } from './sign-in-throttle';

// Verifying against a throwaway hash when the email is unknown keeps the timing alike for both cases.
let dummyHash: Promise<string> | undefined;

/**
 * Checks email + password for a client at `address` (see `clientAddress`). Wrong passwords in a row for one email
 * from one address wait longer and longer; the owner signing in from elsewhere is not affected.
 */
export async function authenticate(db: Database, raw: unknown, address: string): Promise<{ id: string; email: string; name: string }> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw AppError.fromZod(parsed.error, 'Enter your email address and password.');
  const { email, password } = parsed.data;
  const attempt = await admitSignIn(email, address);
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword('no such account'))), password);
  if (!user || !ok) {
    const wait = await attempt.failed();
    throw new AppError(
      'auth:invalid_credentials',
      `That email and password do not match an account.${wait > 0 ? ` Wait ${formatWait(wait)} before you try again.` : ' Just signed up? Open the link we emailed you first.'}`,
      wait > 0 ? { retryAfter: wait } : undefined,
    );
  }
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name };
}
