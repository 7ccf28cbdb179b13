// Integration: real PostgreSQL and Elasticsearch. Who may search, and what they may see.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '@/server/account/personal-data';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { badges, outbox } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { createEmployerViewer, createSeeker, insertBadge, seekerViewer, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from './indices/registry';
import { searchCandidates } from './search-candidates';

let db: Database;
let close: () => Promise<void>;
const search = testSearch();

beforeAll(async () => ({ db, close } = await testDatabase()));
afterAll(async () => close());

describe('searchCandidates', () => {
  it('refuses seekers: candidate search is for employers', async () => {
    const seeker = await createSeeker(db);
    await expect(searchCandidates(db, search, seekerViewer(seeker), candidateFiltersSchema.parse({}))).rejects.toMatchObject({ code: 'auth:forbidden' });
  });

  it('finds public and employers-only CVs for an employer, by text and location', async () => {
    const employer = await createEmployerViewer(db);
    const word = uniqueWord();
    const [a, b, c] = await Promise.all([createSeeker(db, 'Anna Public'), createSeeker(db, 'Bea Employers'), createSeeker(db, 'Cat Hidden')]);
    await updateCv(db, a!.cvId, { headline: `Electrician ${word}`, summary: '', location: 'Perth', visibility: 'public' });
    await updateCv(db, b!.cvId, { headline: `Electrician ${word}`, summary: '', location: 'Stirling', visibility: 'employers' });
    await updateCv(db, c!.cvId, { headline: `Electrician ${word}`, summary: '', location: 'Perth', visibility: 'hidden' });
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    const all = await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: `electrician ${word}` }));
    expect(all.hits.map((hit) => hit.display_name).sort()).toEqual(['Anna Public', 'Bea Employers']);
    const perth = await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word, location: 'Perth' }));
    expect(perth.hits.map((hit) => hit.display_name)).toEqual(['Anna Public']);
  });

  it('says search is unavailable when Elasticsearch cannot be reached', async () => {
    const employer = await createEmployerViewer(db);
    const dead = testSearch('http://127.0.0.1:9', 1_000);
    await expect(searchCandidates(db, dead, employer, candidateFiltersSchema.parse({}))).rejects.toMatchObject({ code: 'search:unavailable' });
  });
});

describe('searchCandidates while the index lags behind Postgres (the outbox not drained, as when Elasticsearch is down)', () => {
  const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

  it('never returns a CV hidden or deleted since it was indexed, nor names a badge revoked since', async () => {
    const employer = await createEmployerViewer(db);
    const word = uniqueWord();
    const [hiding, leaving, staying] = await Promise.all([createSeeker(db, 'Hana Hiding'), createSeeker(db, 'Lewis Leaving'), createSeeker(db, 'Sam Staying')]);
    for (const seeker of [hiding!, leaving!, staying!])
      await updateCv(db, seeker.cvId, { headline: `Welder ${word}`, summary: '', location: 'Ayr', visibility: 'public' });
    const revoked = await insertBadge(db, staying!, { name: 'Python Foundations', skills: [PYTHON] });
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    const find = (filters: Record<string, string>) => searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word, ...filters }));
    const before = await find({});
    expect(before.hits.map((hit) => hit.display_name).sort()).toEqual(['Hana Hiding', 'Lewis Leaving', 'Sam Staying']);
    expect((await find({ req: 'skill:S5' })).hits.map((hit) => hit.display_name)).toEqual(['Sam Staying']);

    // Changed in Postgres; the outbox rows wait, so the index still holds the old documents.
    await updateCv(db, hiding!.cvId, { headline: `Welder ${word}`, summary: '', location: 'Ayr', visibility: 'hidden' });
    await deleteAccount(db, leaving!.userId);
    await db.update(badges).set({ state: 'revoked' }).where(eq(badges.id, revoked));
    expect(await db.select().from(outbox).where(eq(outbox.entityId, hiding!.cvId))).not.toHaveLength(0);
    for (const seeker of [hiding!, leaving!]) expect(await search.client.exists({ index: aliasFor(search.prefix, 'candidates'), id: seeker.cvId })).toBe(true);

    const after = await find({});
    expect(after.hits.map((hit) => hit.display_name)).toEqual(['Sam Staying']);
    expect(after.total).toBe(1);
    // The revoked badge is no longer named (only counted), and no longer meets a requirement.
    expect(after.hits[0]!.topBadges).toEqual([]);
    expect(after.hits[0]!.verified_badge_count).toBe(0);
    expect(after.hits[0]!.notShownCount).toBe(1);
    const bySkill = await find({ req: 'skill:S5' });
    expect(bySkill.hits).toEqual([]);
    expect(bySkill.total).toBe(0);

    // Once the outbox drains, the index agrees.
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    expect((await find({})).hits.map((hit) => hit.display_name)).toEqual(['Sam Staying']);
  });

  it('shows a CV narrowed to employers as employers-only, from Postgres, before the index catches up', async () => {
    const employer = await createEmployerViewer(db);
    const word = uniqueWord();
    const seeker = await createSeeker(db, 'Nina Narrowing');
    await updateCv(db, seeker.cvId, { headline: `Joiner ${word}`, summary: '', location: 'Ayr', visibility: 'public' });
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    await updateCv(db, seeker.cvId, { headline: `Joiner ${word}`, summary: '', location: 'Ayr', visibility: 'employers' });
    const results = await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word }));
    expect(results.hits.map((hit) => [hit.display_name, hit.visibility])).toEqual([['Nina Narrowing', 'employers']]);
    await drainAll(db, search);
  });
});
