// Integration: scheduled re-verification against a real PostgreSQL of its own (the claim takes every due badge in
// the database, so this file owns one), real signatures, status lists served by a local issuer website.
import { eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { badges, users } from '@/server/db/schema';
import { configureSafeFetch } from '@/server/net/safe-fetch';
import { createSeeker } from '@/server/testing/integration';
import { attachBadges } from './attach-badges';
import { startFixtureHost, type FixtureHost } from './issuing/fixture-host';
import { ob3Credential, signJwt } from './issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from './issuing/issuer-keys';
import { statusListCredential } from './issuing/status-list';
import { reverifyBadge } from './reverify-badge';
import { runReverificationCycle, startReverification } from './reverification-loop';
import { countDueBadges, reverifyDueBadges } from './reverify-due-badges';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
/** The injected clock: attached at T0, re-checked a day and an hour later. Nothing here reads today's date. */
const T0 = new Date('2026-06-01T12:00:00Z');
const LATER = new Date(T0.getTime() + DAY + HOUR);

const own = `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_reverify`;
const ownUrl = Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${own}` }).href;
const admin = () => new pg.Client({ connectionString: Object.assign(new URL(process.env.DATABASE_URL!), { pathname: '/postgres' }).href });

let first: { db: Database; close: () => Promise<void> };
let second: { db: Database; close: () => Promise<void> };
let host: FixtureHost;
let issuer: IssuerKey;
const listed: string[] = [];
const plain: string[] = [];
let revocationUrl = '';
let suspensionUrl = '';

async function publishLists(revoked: number[], suspended: number[]) {
  host.documents.set(revocationUrl, await statusListCredential({ issuer, url: revocationUrl, setIndexes: revoked }));
  host.documents.set(suspensionUrl, await statusListCredential({ issuer, url: suspensionUrl, setIndexes: suspended, purpose: 'suspension' }));
}

type Entry = { listUrl: string; index: number; purpose?: 'revocation' | 'suspension' };

/** Attaches `n` VC-JWT badges for the seeker, each with the status entry `status` gives (OB 3.0 allows one). */
async function attach(db: Database, seeker: Awaited<ReturnType<typeof createSeeker>>, n: number, status?: (i: number) => Entry): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const entry = status?.(i);
    const credential = ob3Credential({
      issuer,
      issuerName: 'Claim Test Academy',
      recipientEmail: seeker.email,
      achievement: { id: `https://claims.example/achievements/${i % 7}`, name: `Claim test ${i % 7}`, description: 'd', criteria: 'c' },
      ...(entry ? { status: [entry] } : {}),
    });
    // The 1EdTech schema wants one entry as an object (the kit writes a list, which a VC-JWT's schema check refuses).
    if (entry) credential.credentialStatus = (credential.credentialStatus as unknown[])[0];
    const [badge] = await attachBadges(db, seeker, { kind: 'text', text: await signJwt(credential, issuer) }, T0);
    ids.push(badge!.id);
  }
  return ids;
}

const hitsOf = (url: string) => host.hits.filter((path) => `${host.base}${path}` === url).length;
const makeDue = async (db: Database, ids: string[]) => db.update(badges).set({ checkedAt: T0 }).where(inArray(badges.id, ids));

beforeAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`drop database if exists ${own} with (force)`);
  await client.query(`create database ${own}`);
  await client.end();
  await migrateDatabase(ownUrl);
  first = await openDatabase(ownUrl, { max: 4 });
  second = await openDatabase(ownUrl, { max: 4 });
  host = await startFixtureHost();
  issuer = await didKeyIssuer('reverify-claims-academy');
  revocationUrl = `${host.base}/status/revocation`;
  suspensionUrl = `${host.base}/status/suspension`;
  await publishLists([3], []);
  const seekers = [];
  for (let n = 0; n < 3; n++) {
    const seeker = await createSeeker(first.db, `Claim Seeker ${n}`);
    await first.db.update(users).set({ emailVerifiedAt: T0 }).where(eq(users.id, seeker.userId));
    seekers.push(seeker);
  }
  // Badges 0–29 on the revocation list, 30–59 on the suspension list, each at its own index.
  listed.push(
    ...(await attach(first.db, seekers[0]!, 60, (i) =>
      i < 30 ? { listUrl: revocationUrl, index: i } : { listUrl: suspensionUrl, index: i, purpose: 'suspension' },
    )),
  );
  for (const seeker of seekers) plain.push(...(await attach(first.db, seeker, 80)));
}, 180_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await host?.close();
  const client = admin();
  await client.connect();
  await client.query(`drop database if exists ${own} with (force)`);
  await client.end();
});

describe('scheduled re-verification', () => {
  it('a batch of 60 badges on two status lists fetches each list once, and every verdict is what a lone re-check gives', async () => {
    const states = await first.db.select({ id: badges.id, state: badges.state }).from(badges).where(inArray(badges.id, listed));
    expect(states.filter((b) => b.state === 'revoked')).toHaveLength(1);
    // Since attaching: the issuer revoked two more and suspended two.
    await publishLists([3, 10, 20], [40, 50]);
    await makeDue(first.db, listed);
    await first.db.update(badges).set({ checkedAt: LATER }).where(inArray(badges.id, plain));
    configureSafeFetch({ allowHosts: [host.host] });
    host.hits.length = 0;

    expect(await countDueBadges(first.db, LATER, DAY)).toEqual({ total: 300, due: 60 });
    const batch = await reverifyDueBadges(first.db, { now: LATER, intervalMs: DAY, limit: 200 });
    expect(batch.ids.sort()).toEqual([...listed].sort());
    expect(hitsOf(revocationUrl)).toBe(1);
    expect(hitsOf(suspensionUrl)).toBe(1);
    expect(batch).toMatchObject({ changed: 4, failed: 0, statusLists: { lists: 2, fetches: 2, proofs: 2 } });

    const stored = await first.db
      .select({ id: badges.id, state: badges.state, report: badges.report, checkedAt: badges.checkedAt })
      .from(badges)
      .where(inArray(badges.id, listed));
    const byId = new Map(stored.map((row) => [row.id, row]));
    // A suspension is a failed status check, not a revocation.
    const expected = listed.map((_, i) => ([3, 10, 20].includes(i) ? 'revoked' : [40, 50].includes(i) ? 'failed' : 'verified'));
    expect(listed.map((id) => byId.get(id)!.state)).toEqual(expected);
    expect(listed.map((id) => byId.get(id)!.report.checks.find((c) => c.check === 'status')?.code)).toEqual(
      listed.map((_, i) => ([3, 10, 20].includes(i) ? 'revoked' : [40, 50].includes(i) ? 'suspended' : 'not_revoked')),
    );
    for (const row of stored) expect(row.checkedAt.toISOString()).toBe(LATER.toISOString());

    // Each badge again on its own, without the batch's memo and with the fetcher's cache emptied: the same reports.
    configureSafeFetch({ allowHosts: [host.host] });
    host.hits.length = 0;
    for (const id of listed) await reverifyBadge(first.db, id, LATER);
    expect(hitsOf(revocationUrl)).toBeGreaterThan(0);
    const alone = await first.db.select({ id: badges.id, report: badges.report }).from(badges).where(inArray(badges.id, listed));
    expect(new Map(alone.map((row) => [row.id, row.report]))).toEqual(new Map(stored.map((row) => [row.id, row.report])));
  });

  it('two workers claiming side by side over 300 due badges check every badge exactly once, none twice', async () => {
    const all = [...listed, ...plain];
    await makeDue(first.db, all);
    const now = new Date(LATER.getTime() + DAY);
    const drain = async (db: Database) => {
      const taken: string[] = [];
      for (;;) {
        const batch = await reverifyDueBadges(db, { now, intervalMs: DAY, limit: 20, concurrency: 4 });
        if (batch.ids.length === 0) return taken;
        expect(batch.failed).toBe(0);
        taken.push(...batch.ids);
      }
    };
    // Two workers with their own connection pools, as two processes have, each running three claim loops side by
    // side so that claims really collide (without SKIP LOCKED this finds badges checked twice).
    const loops = await Promise.all([first, second].flatMap((worker) => [0, 1, 2].map(() => drain(worker.db))));
    const [a, b] = [loops.slice(0, 3).flat(), loops.slice(3).flat()];
    const taken = [...a, ...b];

    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(taken.filter((id, i) => taken.indexOf(id) !== i)).toEqual([]);
    expect(taken.sort()).toEqual([...all].sort());
    // Checked at the injected moment, and nothing is left due.
    const checked = await queryRows<{ n: number }>(
      first.db,
      sql`select count(*)::int as n from badges where checked_at = ${now} and report->>'checkedAt' = ${now.toISOString()}`,
    );
    expect(checked[0]!.n).toBe(300);
    expect(await countDueBadges(first.db, now, DAY)).toEqual({ total: 300, due: 0 });
  });

  it('a badge whose check throws stays claimed and is due again an hour later', async () => {
    const [id] = plain;
    const now = new Date(LATER.getTime() + 3 * DAY);
    await first.db.update(badges).set({ checkedAt: now });
    await makeDue(first.db, [id!]);
    await first.db.update(badges).set({ raw: 'not a credential any more' }).where(eq(badges.id, id!));
    const warnings: string[] = [];
    const batch = await reverifyDueBadges(first.db, { now, intervalMs: DAY, limit: 200, log: (line) => warnings.push(line) });
    expect(batch).toMatchObject({ ids: [id], failed: 1 });
    expect(warnings[0]).toMatch(/re-verification of .* failed/);
    expect((await countDueBadges(first.db, new Date(now.getTime() + HOUR - 1000), DAY)).due).toBe(0);
    expect((await countDueBadges(first.db, new Date(now.getTime() + HOUR + 1000), DAY)).due).toBe(1);
  });

  it('a cycle takes one batch and paces itself; the loop runs on the injected clock, logs one line a cycle, and stops', async () => {
    const now = new Date(LATER.getTime() + 10 * DAY);
    // Everything due but the badge broken above.
    await first.db
      .update(badges)
      .set({ checkedAt: T0 })
      .where(inArray(badges.id, [...listed, ...plain.slice(1)]));
    await first.db.update(badges).set({ checkedAt: now }).where(eq(badges.id, plain[0]!));
    const settings = { intervalMs: DAY, batchSize: 100, concurrency: 4 };
    const cycle = await runReverificationCycle(first.db, settings, now);
    // 299 due, 100 taken, more left: the catch-up pace, held to one batch a minute at this size.
    expect(cycle).toMatchObject({ total: 300, due: 299, gapMs: 60_000, batch: { failed: 0 } });
    expect(cycle.batch.ids).toHaveLength(100);

    const lines: string[] = [];
    const clock = () => new Date(now.getTime() + HOUR);
    const loop = startReverification({
      getDb: async () => second.db,
      settings,
      clock,
      log: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
    });
    while (lines.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await loop.stop();
    expect(lines).toEqual([expect.stringMatching(/^\[reverify\] checked 100 in .* · 99 still due of 300 · next in 60 s$/)]);
    const rows = await queryRows<{ at: string; n: number }>(
      first.db,
      sql`select checked_at as at, count(*)::int as n from badges group by checked_at order by checked_at`,
    );
    expect(rows.map((row) => [new Date(row.at).toISOString(), row.n])).toEqual([
      [T0.toISOString(), 99],
      [now.toISOString(), 101],
      [clock().toISOString(), 100],
    ]);
  });
});
