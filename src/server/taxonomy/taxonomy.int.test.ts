// Integration: real PostgreSQL with the shipped ESCO v1.2.0 extract (loaded by `npm test` set-up).
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { conceptClosure, conceptEdges, concepts } from '@/server/db/schema';
import { testDatabase } from '@/server/testing/integration';
import { expandConceptCodes, findConcept, resolveAlignment, searchConcepts } from './concepts';
import { readEscoFolder } from './esco/read-esco-folder';
import { importTaxonomy } from './import-taxonomy';
import { SHIPPED_ESCO_FOLDER } from './load-shipped-esco';
import { readCustomFramework } from './read-custom-framework';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

const counts = async () => {
  const n = async (table: typeof concepts | typeof conceptEdges | typeof conceptClosure) =>
    Number((await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n);
  return { concepts: await n(concepts), edges: await n(conceptEdges), closure: await n(conceptClosure) };
};

describe('ESCO taxonomy from the shipped data', () => {
  it('resolves "Python" to its ESCO URI, with S5 "working with computers" among its ancestors', async () => {
    const [first] = await searchConcepts(db, 'Python');
    expect(first?.key).toBe(PYTHON);
    expect(first?.path.map((step) => step.notation).filter(Boolean)).toContain('S5');
    const s5 = await findConcept(db, 'S5');
    expect(s5?.label).toBe('working with computers');
    expect(await expandConceptCodes(db, [PYTHON])).toContain(s5!.key);
  });

  it('finds concepts by URI spelling, notation and alternative label', async () => {
    expect((await findConcept(db, 'https://data.europa.eu/esco/skill/CCD0A1D9-AFDA-43D9-B901-96344886E14D/'))?.key).toBe(PYTHON);
    expect((await searchConcepts(db, 's5'))[0]?.notation).toBe('S5');
    expect(await resolveAlignment(db, { targetCode: 'ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' })).toMatchObject({ key: PYTHON });
  });

  it('imports the same files twice with the same row counts', async () => {
    const before = await counts();
    await importTaxonomy(db, readEscoFolder(SHIPPED_ESCO_FOLDER));
    expect(await counts()).toEqual(before);
  });

  it('refuses a truncated CSV with its line and reason, and the data stays intact', async () => {
    const before = await counts();
    const folder = mkdtempSync(path.join(os.tmpdir(), 'esco-'));
    const relations = readFileSync(path.join(SHIPPED_ESCO_FOLDER, 'broaderRelationsSkillPillar_en.csv'), 'utf8');
    writeFileSync(path.join(folder, 'broaderRelationsSkillPillar_en.csv'), relations.slice(0, relations.indexOf('\n', 5000) + 30));
    copyFileSync(path.join(SHIPPED_ESCO_FOLDER, 'skillGroups_en.csv'), path.join(folder, 'skillGroups_en.csv'));
    expect(() => readEscoFolder(folder)).toThrowError(/broaderRelationsSkillPillar_en\.csv, line \d+: .*(columns|quote|Quote).*download it again/);
    expect(await counts()).toEqual(before);
  });

  it('rolls back a whole import that fails half-way', async () => {
    const before = await counts();
    const batch = readEscoFolder(SHIPPED_ESCO_FOLDER);
    batch.edges.push({ conceptKey: PYTHON, broaderKey: 'http://data.europa.eu/esco/skill/not-a-concept' });
    await expect(importTaxonomy(db, batch)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('imports a custom framework whose skills hang under ESCO groups', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'custom-'));
    const file = path.join(folder, 'welding.csv');
    const s7 = (await findConcept(db, 'S7'))!.key;
    writeFileSync(file, `code,label,parent\nWELD,Welding,${s7}\nWELD-MIG,"MIG welding, thin sheet",WELD\n`);
    await importTaxonomy(db, readCustomFramework(file, { name: 'Forth Welding Academy' }));
    expect(await expandConceptCodes(db, ['forth-welding-academy:WELD-MIG'])).toEqual(expect.arrayContaining(['forth-welding-academy:WELD', s7]));
    writeFileSync(file, 'code,label,parent\nA,Alpha,\nB,Beta,NOPE\n');
    expect(() => readCustomFramework(file, { name: 'Broken' })).toThrowError('line 3: the parent "NOPE" is neither a code in this file nor an ESCO URI.');
  });
});
