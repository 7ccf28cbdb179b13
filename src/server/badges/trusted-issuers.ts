import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { trustedIssuers } from '@/server/db/schema';

export async function isTrustedIssuer(db: Database | Tx, issuerId: string): Promise<boolean> {
  return (await db.select({ id: trustedIssuers.issuerId }).from(trustedIssuers).where(eq(trustedIssuers.issuerId, issuerId)).limit(1)).length > 0;
}
