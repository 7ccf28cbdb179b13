import { createHash, createPrivateKey, sign } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { badges, cvs, knownIssuers, users } from '@/server/db/schema';
import { connectLocalPostgres, databaseUrl, LOCAL_POSTGRES_ADMIN_URL } from '@/server/devstack/database';
import { startFixtureHost } from '@/server/badges/issuing/fixture-host';
import { didKeyIssuer } from '@/server/badges/issuing/issuer-keys';
import { statusListCredential } from '@/server/badges/issuing/status-list';
import { reverifyDueBadges } from '@/server/badges/reverify-due-badges';

const DAY_MS = 24 * 60 * 60_000;
const SCRATCH = 'badgeboard_bench_reverify';

export type ReverificationRun = { badges: number; seconds: number; perSecond: number; cpuMsPerBadge: number; statusListFetches: number; listProofs: number };
export type ReverificationBench = {
  /** Badges stored in the seeded database: what must be re-checked every 24 h. */
  stored: number;
  /** As scheduled: the badge's own proof reused from its report (the same bytes), status lists, validity, recipient, registry. */
  scheduled: ReverificationRun;
  /** The same badges with their proofs verified again too (signature and key binding), for comparison. */
  withProofs: ReverificationRun;
  /** Share of one core that re-checking all stored badges once a day needs, at the scheduled rate. */
  coreShare: number;
  coreShareWithProofs: number;
  /** Badges whose re-checked state equals the state the seed gave them (revoked ones through a real status list). */
  statesKept: number;
};

async function scratchDatabase(): Promise<string> {
  const admin = await connectLocalPostgres();
  if (!admin) throw new Error(`The re-verification bench needs the local Postgres at ${LOCAL_POSTGRES_ADMIN_URL}.`);
  await admin.query(`drop database if exists ${SCRATCH} with (force)`);
  await admin.query(`create database ${SCRATCH}`);
  await admin.end();
  const url = databaseUrl(LOCAL_POSTGRES_ADMIN_URL, SCRATCH);
  await migrateDatabase(url);
  return url;
}

async function dropScratch(): Promise<void> {
  const admin = await connectLocalPostgres();
  await admin?.query(`drop database if exists ${SCRATCH} with (force)`);
  await admin?.end();
}

const chunks = <T>(rows: T[], size = 500) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/**
 * Copies `count` seeded badges (a fixed sample), their CVs and seekers and the known-issuer registry into a scratch
 * database, so that re-checking them leaves the bench data as seeded. The seed's badges carry no status entry (their
 * "revoked" state is only written in the report): here each is re-signed by its generated issuer with a
 * BitstringStatusList entry on that issuer's list, served by a local issuer website, its bit set when it is revoked.
 */
async function copySample(source: Database, target: Database, count: number, listBase: string, documents: Map<string, unknown>) {
  const sample = await queryRows<{ id: string }>(source, sql`select id from badges order by md5(id::text) limit ${count}`);
  const rows = await source
    .select()
    .from(badges)
    .where(
      inArray(
        badges.id,
        sample.map((row) => row.id),
      ),
    );
  const cvRows = await source
    .select()
    .from(cvs)
    .where(inArray(cvs.id, [...new Set(rows.map((row) => row.cvId))]));
  const userRows = await source
    .select()
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((row) => row.userId))]));
  for (const part of chunks(userRows)) await target.insert(users).values(part);
  for (const part of chunks(cvRows)) await target.insert(cvs).values(part);
  const registry = await source.select().from(knownIssuers);
  if (registry.length) await target.insert(knownIssuers).values(registry);

  const byIssuer = new Map<string, typeof rows>();
  for (const row of rows) byIssuer.set(row.issuerName, [...(byIssuer.get(row.issuerName) ?? []), row]);
  let lists = 0;
  for (const [name, held] of byIssuer) {
    const key = await didKeyIssuer(`generated:${name}`);
    if (key.did !== held[0]!.issuerId) throw new Error(`The generated issuer "${name}" no longer derives to ${held[0]!.issuerId}.`);
    const url = `${listBase}/status/${++lists}`;
    documents.set(url, await statusListCredential({ issuer: key, url, setIndexes: held.flatMap((row, index) => (row.state === 'revoked' ? [index] : [])) }));
    const signingKey = createPrivateKey({ key: key.privateJwk as never, format: 'jwk' });
    const header = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: key.verificationMethod, typ: 'vc+jwt' })).toString('base64url');
    for (const [index, row] of held.entries()) {
      const payload = JSON.parse(Buffer.from(row.raw.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
      payload.credentialStatus = {
        id: `${url}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(index),
        statusListCredential: url,
      };
      const input = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
      row.raw = `${input}.${sign(null, Buffer.from(input), signingKey).toString('base64url')}`;
      row.rawHash = createHash('sha256').update(row.raw).digest('hex');
    }
  }
  for (const part of chunks(rows)) await target.insert(badges).values(part);
  return { rows, lists };
}

/** Re-checks every due badge, batch after batch as the scheduler does, measuring wall time and this process's CPU. */
async function runAll(db: Database, now: Date, batchSize: number): Promise<ReverificationRun> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let checked = 0;
  let fetches = 0;
  let proofs = 0;
  for (;;) {
    const batch = await reverifyDueBadges(db, { now, intervalMs: DAY_MS, limit: batchSize, concurrency: 4, log: () => undefined });
    if (batch.ids.length === 0) break;
    checked += batch.ids.length;
    fetches += batch.statusLists.fetches;
    proofs += batch.statusLists.proofs;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    badges: checked,
    seconds,
    perSecond: checked / seconds,
    cpuMsPerBadge: (used.user + used.system) / 1000 / Math.max(1, checked),
    statusListFetches: fetches,
    listProofs: proofs,
  };
}

/**
 * Scheduled re-verification on the seeded data: `count` badges copied from the bench database (see copySample), all
 * due, re-checked in batches of `batchSize` by the scheduler's own code. From the CPU time per badge follows the
 * share of one core needed to re-check every stored badge once in 24 h. Postgres's own CPU is not in the figure
 * (another process); the local issuer website's is (this process).
 */
export async function benchReverification(
  source: Database,
  options: { count: number; batchSize?: number; log?: (line: string) => void },
): Promise<ReverificationBench> {
  const { count, batchSize = 200, log = () => undefined } = options;
  const [{ stored } = { stored: 0 }] = await queryRows<{ stored: number }>(source, sql`select count(*)::int as stored from badges`);
  const url = await scratchDatabase();
  const handle = await openDatabase(url, { max: 6 });
  const host = await startFixtureHost();
  try {
    const { rows, lists } = await copySample(source, handle.db, count, host.base, host.documents);
    log(`re-verification: ${rows.length.toLocaleString('en-GB')} badges copied to ${SCRATCH}, ${lists} status lists published`);
    const now = new Date();
    const due = new Date(now.getTime() - DAY_MS - 60_000);
    // A short warm-up (JIT, connections, the registry snapshot) on badges outside the measured set would change the
    // sample; instead the first batch runs unmeasured and is made due again.
    await handle.db.update(badges).set({ checkedAt: due });
    await reverifyDueBadges(handle.db, { now, intervalMs: DAY_MS, limit: batchSize, log: () => undefined });
    await handle.db.update(badges).set({ checkedAt: due });
    const scheduled = await runAll(handle.db, now, batchSize);
    const after = new Map((await handle.db.select({ id: badges.id, state: badges.state }).from(badges)).map((row) => [row.id, row.state]));
    const statesKept = rows.filter((row) => after.get(row.id) === row.state).length;

    // The same again with every proof verified afresh: the report's proof result no longer counts as an answer.
    await handle.db.execute(
      sql`update badges set checked_at = ${due}, report = jsonb_set(report, '{checks,1}', '{"check":"proof","status":"skipped","code":"network","params":{}}'::jsonb)`,
    );
    const withProofs = await runAll(handle.db, now, batchSize);
    const share = (run: ReverificationRun) => (run.cpuMsPerBadge * stored) / 1000 / (DAY_MS / 1000);
    return { stored, scheduled, withProofs, coreShare: share(scheduled), coreShareWithProofs: share(withProofs), statesKept };
  } finally {
    await host.close();
    await handle.close();
    await dropScratch();
  }
}

/** The bench report's row, against DESIGN.md §6: every badge re-checked within 24 h using < 10 % of one core. */
export function reverificationRow(result: ReverificationBench, projection?: { candidates: number; badges: number }): string {
  const percent = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
  const { scheduled, withProofs } = result;
  const projected = projection
    ? ` (at ${projection.candidates.toLocaleString('en-GB')} CVs ≈ ${projection.badges.toLocaleString('en-GB')} badges: ${percent((scheduled.cpuMsPerBadge * projection.badges) / 1000 / (DAY_MS / 1000))})`
    : '';
  return (
    `| scheduled re-verification (${scheduled.badges.toLocaleString('en-GB')} due badges, ${scheduled.statusListFetches} status-list fetches, ${result.statesKept.toLocaleString('en-GB')} states kept) | ` +
    `${scheduled.perSecond.toFixed(0)} badges/s · ${scheduled.cpuMsPerBadge.toFixed(2)} ms CPU each (proofs re-checked too: ${withProofs.cpuMsPerBadge.toFixed(2)} ms) → ` +
    `${percent(result.coreShare)} of one core for all ${result.stored.toLocaleString('en-GB')} stored badges every 24 h${projected} | ${result.coreShare < 0.1 ? '✓' : '✗'} < 10 % of one core |`
  );
}
