// Fuzz badge import against the real Postgres: a signed badge with fuzzed fields (and plain garbage) is either
// refused with a 4xx AppError leaving no row behind, or stored whole — every stored row has its verification
// report and a state. Never a 5xx, never a half-written badge. Seeded and bounded.
import { count, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { badges } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { createSeeker, testDatabase } from '@/server/testing/integration';
import { attachBadges } from './attach-badges';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from './issuing/issuer-keys';

const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 20261202), numRuns: 60 };
const NOW = new Date('2026-06-01T12:00:00Z');

let db: Database;
let close: () => Promise<void>;
let issuer: IssuerKey;
let signed: Record<string, unknown>;

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  issuer = await didKeyIssuer('fuzz-academy');
  const credential = ob3Credential({
    issuer,
    issuerName: 'Fuzz Academy',
    recipientEmail: 'fuzz@example.test',
    achievement: { id: 'https://fuzz.example/achievements/1', name: 'Fuzzing', description: 'Finds bugs', criteria: 'Ran it', alignments: [] },
  });
  signed = (await signDataIntegrity(credential, issuer)) as Record<string, unknown>;
});
afterAll(async () => close());

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '', 'x'.repeat(20_000), '1e308', 'did:web:evil.example', 'https://'),
  fc.jsonValue({ maxDepth: 2 }),
);
/** Paths into the signed credential whose value a fuzz case replaces. */
const paths = fc.constantFrom(
  ['issuer', 'name'],
  ['issuer', 'id'],
  ['validFrom'],
  ['validUntil'],
  ['credentialSubject', 'achievement', 'name'],
  ['credentialSubject', 'achievement', 'description'],
  ['credentialSubject', 'achievement', 'id'],
  ['credentialSubject', 'identifier'],
  ['proof'],
  ['type'],
  ['@context'],
);

function mutate(base: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
}

const cases = fc.oneof(
  fc.tuple(paths, nasty).map(([path, value]) => JSON.stringify(mutate(signed, path, value))),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
);

describe('badge import under fuzzed input', () => {
  it('refuses with a 4xx and stores nothing, or stores the badge whole', async () => {
    const seeker = await createSeeker(db, 'Fuzz Seeker');
    const stored = async () => Number((await db.select({ n: count() }).from(badges).where(eq(badges.userId, seeker.userId)))[0]!.n);
    let refused = 0;
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (text) => {
        const before = await stored();
        const outcome = await attachBadges(db, seeker, { kind: 'text', text }, NOW).then(
          (attached) => ({ attached }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(AppError);
          expect((outcome.error as AppError).status).toBeGreaterThanOrEqual(400);
          expect((outcome.error as AppError).status).toBeLessThan(500);
          expect(await stored()).toBe(before);
          refused += 1;
          return;
        }
        kept += 1;
        expect(await stored()).toBe(before + outcome.attached.length);
        for (const badge of outcome.attached) {
          const [row] = await db.select({ state: badges.state, report: badges.report }).from(badges).where(eq(badges.id, badge.id));
          expect(row?.state).toBe(badge.state);
          expect(row?.report.checks.length).toBeGreaterThan(0);
          // Remove it again, so the same credential can come back in another case.
          await db.delete(badges).where(eq(badges.id, badge.id));
        }
      }),
      RUNS,
    );
    // Both branches were exercised, or the fuzz is not testing what it claims.
    expect(refused).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  }, 180_000);
});
