import { count, eq } from 'drizzle-orm';
import { signUp } from '@/server/auth/sign-up';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { cvs, users } from '@/server/db/schema';
import { DEMO_PASSWORD, demoEmployers, demoSeekers } from './demo-accounts';

/** Seeds demo accounts through the same services as the app (so the outbox indexes them). Only into an empty database. */
export async function seedDemoData(db: Database, onProgress?: (done: number, total: number) => void): Promise<{ seeded: boolean; accounts: number }> {
  const [existing] = await db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) return { seeded: false, accounts: 0 };
  const total = demoEmployers.length + demoSeekers.length;
  let done = 0;
  for (const employer of demoEmployers) {
    await signUp(db, { ...employer, password: DEMO_PASSWORD, accountType: 'employer' });
    onProgress?.(++done, total);
  }
  for (const seeker of demoSeekers) {
    const { userId } = await signUp(db, { name: seeker.name, email: seeker.email, password: DEMO_PASSWORD, accountType: 'seeker' });
    const [cv] = await db.select({ id: cvs.id }).from(cvs).where(eq(cvs.userId, userId));
    await updateCv(db, cv!.id, seeker.cv);
    onProgress?.(++done, total);
  }
  return { seeded: true, accounts: total };
}
