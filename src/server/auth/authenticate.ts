import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { hashPassword, verifyPassword } from './password';
import { createRateLimiter } from './rate-limit';
import { signInSchema } from './schemas';

const perEmail = createRateLimiter({ limit: 10, windowMs: 15 * 60_000 });
const perClient = createRateLimiter({ limit: 50, windowMs: 15 * 60_000 });
// Verifying against a throwaway hash when the email is unknown keeps the timing alike for both cases.
let dummyHash: Promise<string> | undefined;

/** Checks email + password; rate-limited per email and per client address. */
export async function authenticate(db: Database, raw: unknown, clientKey: string): Promise<{ id: string; email: string; name: string }> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw AppError.fromZod(parsed.error, 'Enter your email address and password.');
  const { email, password } = parsed.data;
  const wait = Math.max(perEmail.hit(email), perClient.hit(clientKey));
  if (wait > 0) throw new AppError('auth:rate_limited', `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`);
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword('no such account'))), password);
  if (!user || !ok) throw new AppError('auth:invalid_credentials', 'That email and password do not match an account.');
  perEmail.reset(email);
  return { id: user.id, email: user.email, name: user.name };
}
