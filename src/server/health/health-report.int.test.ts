// Integration: real PostgreSQL and Elasticsearch, and each of them unreachable (a closed port), for both audiences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/server/db/client';
import { testDatabase, testSearch } from '@/server/testing/integration';
import { healthReport } from './health-report';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();
const deadSearch = testSearch('http://127.0.0.1:9', 1_000);
let deadDb: { db: Database; close: () => Promise<void> };

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  deadDb = await openDatabase('postgres://postgres@127.0.0.1:9/nowhere', { max: 1 });
});
afterAll(async () => {
  await deadDb.close();
  await close();
});

/** Everything a stranger could learn from the body, as one string: no host, port, index name or version may be in it. */
const text = (value: unknown) => JSON.stringify(value);

describe('healthReport', () => {
  it('gives anyone states and counts only, and admins the indices with their names and mapping versions', async () => {
    const anyone = await healthReport(db, search, 'public');
    expect(anyone.httpStatus).toBe(200);
    expect(anyone.report).toEqual({
      status: 'ok',
      postgres: { ok: true },
      elasticsearch: { ok: true, status: expect.stringMatching(/^(green|yellow|red)$/) },
      outbox: { ok: true, pending: expect.any(Number), oldestSeconds: expect.any(Number) },
      deadLetters: { ok: true, count: expect.any(Number) },
    });
    expect(text(anyone.report)).not.toContain(search.prefix);

    const admin = await healthReport(db, search, 'admin');
    expect(admin.report.elasticsearch).toMatchObject({
      ok: true,
      indices: expect.arrayContaining([expect.objectContaining({ alias: `${search.prefix}candidates`, expectedVersion: expect.any(Number) })]),
    });
  });

  it('says Elasticsearch is down without its error text to anyone, and with it to admins (degraded, still 200)', async () => {
    const anyone = await healthReport(db, deadSearch, 'public');
    expect(anyone).toEqual({ httpStatus: 200, report: expect.objectContaining({ status: 'degraded', elasticsearch: { ok: false } }) });
    expect(text(anyone.report)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:9\b/);

    const admin = await healthReport(db, deadSearch, 'admin');
    expect(admin.report.elasticsearch).toEqual({ ok: false, error: expect.stringMatching(/\S/) });
  });

  it('answers 503 when Postgres is down, naming the host to admins only', async () => {
    const anyone = await healthReport(deadDb.db, search, 'public');
    expect(anyone.httpStatus).toBe(503);
    expect(anyone.report).toMatchObject({ status: 'down', postgres: { ok: false }, outbox: { ok: false }, deadLetters: { ok: false } });
    expect(text(anyone.report)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|error/);

    const admin = await healthReport(deadDb.db, search, 'admin');
    expect(admin.httpStatus).toBe(503);
    expect(admin.report.postgres).toEqual({ ok: false, error: expect.stringMatching(/ECONNREFUSED|connect/) });
  });
});
