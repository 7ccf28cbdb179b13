// Integration: real PostgreSQL and Elasticsearch. Who may search, and what they may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { drainAll } from '@/server/devstack/search-setup';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { createEmployerViewer, createSeeker, seekerViewer, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
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
