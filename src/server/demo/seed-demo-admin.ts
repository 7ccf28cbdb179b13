import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '@/server/auth/password';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { DEMO_PASSWORD, demoAdmin } from './demo-accounts';

/**
 * The demo administrator, added once. Admins are plain accounts with `is_admin` set (there is no sign-up for
 * them), so it is written directly. Idempotent, so demo databases seeded before it existed get it too.
 */
export async function ensureDemoAdmin(db: Database): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAdmin.email));
  if (existing) return { created: false };
  await db
    .insert(users)
    .values({ email: demoAdmin.email, name: demoAdmin.name, passwordHash: await hashPassword(DEMO_PASSWORD), isAdmin: true, emailVerifiedAt: sql`now()` });
  return { created: true };
}
