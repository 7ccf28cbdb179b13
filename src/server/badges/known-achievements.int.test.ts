// Integration: real PostgreSQL with the shipped ESCO data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { findConcept } from '@/server/taxonomy/concepts';
import { createSeeker, insertBadge, testDatabase, uniqueWord } from '@/server/testing/integration';
import { achievementsCovering, findKnownAchievement, searchKnownAchievements } from './known-achievements';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

describe('known achievements', () => {
  it('finds achievements by name or issuer, most held first, and the ones covering a skill group', async () => {
    const word = uniqueWord();
    const id = `https://known.example/${word}`;
    for (let i = 0; i < 2; i++) await insertBadge(db, await createSeeker(db), { name: `Pythonista ${word}`, achievementId: id, skills: [PYTHON], issuerName: 'Known Academy' });
    await insertBadge(db, await createSeeker(db), { name: `Pythonista ${word}`, achievementId: id, skills: [PYTHON], state: 'revoked' });
    expect(await searchKnownAchievements(db, word)).toEqual([{ id, name: `Pythonista ${word}`, issuerId: 'did:web:issuer.example', issuerName: 'Known Academy', holders: 3 }]);
    expect(await findKnownAchievement(db, id)).toMatchObject({ id, holders: 3 });
    const s5 = (await findConcept(db, 'S5'))!.key;
    const covering = await achievementsCovering(db, s5, 50);
    expect(covering.find((achievement) => achievement.id === id)).toMatchObject({ holders: 2 });
  });
});
