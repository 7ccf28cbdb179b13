import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { seekerIdentities, users } from '@/server/db/schema';
import type { SeekerIdentity } from './verify/check-recipient';

/** The seeker's proven identities (verified emails, DIDs) and the addresses still waiting for verification. */
export async function loadSeekerIdentity(db: Database | Tx, userId: string): Promise<SeekerIdentity> {
  const [user] = await db.select({ email: users.email, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  const extra = await db
    .select({ type: seekerIdentities.type, value: seekerIdentities.value, verifiedAt: seekerIdentities.verifiedAt })
    .from(seekerIdentities)
    .where(eq(seekerIdentities.userId, userId));
  const proven = extra.filter((row) => row.verifiedAt !== null);
  const verifiedEmails = proven.filter((row) => row.type === 'email').map((row) => row.value);
  if (user?.verified) verifiedEmails.unshift(user.email);
  const unverifiedEmails = extra.filter((row) => row.type === 'email' && row.verifiedAt === null).map((row) => row.value);
  if (user && !user.verified) unverifiedEmails.unshift(user.email);
  return {
    verifiedEmails: [...new Set(verifiedEmails.map((email) => email.toLowerCase()))],
    unverifiedEmails: [...new Set(unverifiedEmails.map((email) => email.toLowerCase()))],
    // A DID counts only once proven (a signed presentation for one of our challenges).
    dids: proven.filter((row) => row.type === 'did').map((row) => row.value),
  };
}
