// Integration: real PostgreSQL with the shipped ESCO data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementKey } from '@/lib/achievement-key';
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
  it('finds achievements by name or issuer from verified badges only, most held first, and the ones covering a skill group', async () => {
    const word = uniqueWord();
    const id = `https://known.example/${word}`;
    const issuerId = `did:web:known-${word}.example`;
    const badge = { name: `Pythonista ${word}`, achievementId: id, skills: [PYTHON], issuerId, issuerName: `Known Academy ${word}` };
    for (let i = 0; i < 2; i++) await insertBadge(db, await createSeeker(db), badge);
    // Neither a revoked badge nor a failed one with another name counts or names anything.
    await insertBadge(db, await createSeeker(db), { ...badge, state: 'revoked' });
    await insertBadge(db, await createSeeker(db), { ...badge, name: `Pythonista ${word} (Distinction)`, state: 'failed' });
    const expected = {
      key: achievementKey(issuerId, id),
      id,
      name: `Pythonista ${word}`,
      issuerId,
      issuerName: `Known Academy ${word}`,
      issuerKnown: true,
      holders: 2,
    };
    expect(await searchKnownAchievements(db, word)).toEqual([expected]);
    expect(await searchKnownAchievements(db, 'distinction ' + word)).toEqual([]);
    expect(await findKnownAchievement(db, issuerId, id)).toEqual(expected);
    const s5 = (await findConcept(db, 'S5'))!.key;
    const covering = await achievementsCovering(db, s5, { limit: 500 });
    expect(covering.find((achievement) => achievement.id === id)).toMatchObject({ holders: 2 });
  });

  it('keeps the same achievement id under another issuer apart, marked unknown, and out of the route to work by default', async () => {
    const word = uniqueWord();
    const id = `https://college-${word}.example/cyber`;
    const real = `did:web:college-${word}.example`;
    const copy = `did:key:z6Mk${word}`;
    await insertBadge(db, await createSeeker(db), {
      name: `Cyber ${word}`,
      achievementId: id,
      skills: [PYTHON],
      issuerId: real,
      issuerName: `College ${word}`,
    });
    await insertBadge(db, await createSeeker(db), {
      name: `Cyber ${word}`,
      achievementId: id,
      skills: [PYTHON],
      issuerId: copy,
      issuerName: `College ${word}`,
      issuerKnown: false,
    });
    expect((await searchKnownAchievements(db, word)).map((a) => [a.issuerId, a.issuerKnown, a.holders])).toEqual([
      [real, true, 1],
      [copy, false, 1],
    ]);
    expect(await findKnownAchievement(db, copy, id)).toMatchObject({ issuerKnown: false, holders: 1 });
    expect((await achievementsCovering(db, PYTHON, { limit: 500 })).filter((a) => a.id === id).map((a) => a.issuerId)).toEqual([real]);
    expect(
      (await achievementsCovering(db, PYTHON, { limit: 500, knownOnly: false }))
        .filter((a) => a.id === id)
        .map((a) => a.issuerId)
        .sort(),
    ).toEqual([copy, real].sort());
  });
});
