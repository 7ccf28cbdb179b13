// Integration (real PostgreSQL): the same badge attached by several requests at once. attachBadges checks, then
// inserts; the losers of the race fail on the unique index badges_user_credential_key (23505), which the edge maps
// to 409 — so every loser is told "already on your CV", none gets a 500, and exactly one row is stored.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { toResponse } from '@/server/errors';
import { createSeeker, testDatabase } from '@/server/testing/integration';
import { attachBadges } from './attach-badges';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didKeyIssuer } from './issuing/issuer-keys';

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(() => close?.());

describe('concurrent duplicate import', () => {
  it('stores the badge once and answers every other request 409', async () => {
    const seeker = await createSeeker(db, 'Iona Fraser');
    const issuer = await didKeyIssuer('race-test-academy');
    const credential = ob3Credential({
      issuer,
      issuerName: 'Race Academy',
      recipientEmail: seeker.email,
      achievement: { id: 'https://race.example/a/1', name: 'Rigging', description: 'Rigging basics', criteria: 'Practical' },
    });
    const text = JSON.stringify(await signDataIntegrity(credential, issuer));
    const now = new Date('2026-06-01T00:00:00Z');

    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => attachBadges(db, seeker, { kind: 'text', text }, now)));

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(losers).toHaveLength(7);
    for (const reason of losers) {
      const response = toResponse(reason);
      expect(response.status).toBe(409);
      expect(((await response.json()) as { detail: string }).detail).toMatch(/already on your CV/);
    }
    const [row] = await db.select({ n: count() }).from(badges).where(eq(badges.userId, seeker.userId));
    expect(Number(row!.n)).toBe(1);
  });
});
