// Integration: the embedded PGlite store `npm start` falls back to when no Postgres answers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/server/demo/seed-demo';
import { searchConcepts } from '@/server/taxonomy/concepts';
import { ensureEscoLoaded } from '@/server/taxonomy/load-shipped-esco';
import { openDatabase, queryRows } from './client';
import { migrateDatabase } from './migrate';

const folder = mkdtempSync(path.join(os.tmpdir(), 'pglite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('PGlite fallback', () => {
  it('runs the migrations, the ESCO import, demo data with verified badges, and the outbox queries', async () => {
    const url = `pglite:${folder}`;
    await migrateDatabase(url);
    const handle = await openDatabase(url);
    try {
      expect((await ensureEscoLoaded(handle.db))?.concepts).toBeGreaterThan(14_000);
      expect(await seedDemoData(handle.db)).toMatchObject({ seeded: true, badges: 16 });
      const states = await queryRows<{ state: string; n: number }>(
        handle.db,
        sql`select state, count(*)::int as n from badges group by state order by state::text`,
      );
      expect(states).toEqual([
        { state: 'expired', n: 1 },
        { state: 'failed', n: 1 },
        { state: 'verified', n: 14 },
      ]);
      expect((await searchConcepts(handle.db, 'python'))[0]?.label).toBe('Python (computer programming)');
      expect((await queryRows(handle.db, sql`select id from outbox order by id limit 5 for update skip locked`)).length).toBe(5);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
