// Integration: real PostgreSQL (with ESCO) and Elasticsearch. The story: a tampered copy of a real badge
// (name changed after signing) is uploaded and marked Failed; it must change no label anywhere, before or after its
// uploader deletes their account.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievementKey } from '@/lib/achievement-key';
import { deleteAccount } from '@/server/account/personal-data';
import { loadViewer, type Viewer } from '@/server/auth/viewer';
import { searchKnownAchievements } from '@/server/badges/known-achievements';
import type { Database } from '@/server/db/client';
import { jobRequirements } from '@/server/db/schema';
import { drainAll } from '@/server/devstack/search-setup';
import { aliasFor } from '@/server/search/indices/registry';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { searchCandidates } from '@/server/search/search-candidates';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { routeToWork } from './match-jobs';
import { getJob } from './queries';
import { saveJob } from './save-job';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
let db: Database;
let close: () => Promise<void>;
const search = testSearch();
let employer: Viewer;
let word: string;
let college: string;
let real: string;
let tamperedName: string;
let uploader: { userId: string; cvId: string };
const achievementId = () => `https://college-${word}.example/achievements/cyber-security-essentials`;
const base = {
  description: 'Protect the systems that keep the lights on.',
  location: 'Stirling',
  workplace: 'hybrid' as const,
  contractType: 'permanent' as const,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year' as const,
};

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = (await loadViewer((await createEmployerViewer(db)).id))!;
  word = uniqueWord();
  college = `did:web:college-${word}.example`;
  real = `Cyber Security Essentials ${word}`;
  tamperedName = `Cyber Security Mastery ${word}`;
  const holder = await createSeeker(db, `Holder ${word}`);
  await insertBadge(db, holder, {
    name: real,
    achievementId: achievementId(),
    skills: [PYTHON],
    issuerId: college,
    issuerName: `Forth Valley College ${word}`,
  });
  uploader = await createSeeker(db, `Uploader ${word}`);
  await insertBadge(db, uploader, {
    name: tamperedName,
    achievementId: achievementId(),
    skills: [PYTHON],
    issuerId: college,
    issuerName: `Forth Valley College ${word}`,
    state: 'failed',
  });
  // The uploader's tampered copy of an achievement nobody holds verified: it may not name that achievement either.
  await insertBadge(db, uploader, {
    name: `Advanced Forensics ${word}`,
    achievementId: `${achievementId()}-advanced`,
    issuerId: college,
    issuerName: `Forth Valley College ${word}`,
    state: 'failed',
  });
  await drainAll(db, search);
  await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
});
afterAll(async () => close());

async function labelsEverywhere(jobId: string) {
  const { requirements } = await getJob(db, employer, jobId);
  const results = await searchCandidates(
    db,
    search,
    employer,
    candidateFiltersSchema.parse({ q: word, req: `achievement:${achievementKey(college, achievementId())}`, verified: '0' }),
  );
  const route = await routeToWork(db, { kind: 'skill', code: PYTHON, issuerId: null }, false);
  return {
    picker: (await searchKnownAchievements(db, word)).map((achievement) => achievement.name),
    role: requirements.map((requirement) => requirement.label),
    searchRequirement: results.requirements[0]!.label,
    facet: results.facets.achievement.map((item) => item.label),
    route: route.filter((achievement) => achievement.id === achievementId()).map((achievement) => achievement.name),
  };
}

describe('a failed, tampered badge changes no label', () => {
  it('names the achievement from verified badges in the picker, a posted role, search and the route to work, before and after the uploader leaves', async () => {
    expect(await searchKnownAchievements(db, 'Mastery ' + word)).toEqual([]);
    const { id } = await saveJob(db, employer, {
      ...base,
      title: `Security Analyst ${word}`,
      requirements: [
        { kind: 'achievement', code: achievementKey(college, achievementId()), importance: 'required' },
        { kind: 'achievement', code: achievementKey(college, `${achievementId()}-advanced`), importance: 'preferred' },
      ],
    });
    const stored = await db.select().from(jobRequirements).where(eq(jobRequirements.jobId, id));
    expect(stored.map((row) => row.label).join(' ')).not.toContain('Mastery');
    expect(stored.map((row) => row.issuerId)).toEqual([college, college]);

    // A label copied before this fix (history only) is not what pages show.
    await db.update(jobRequirements).set({ label: tamperedName }).where(eq(jobRequirements.jobId, id));
    const expected = {
      picker: [real],
      role: [`${real} · Forth Valley College ${word}`, `${achievementId()}-advanced`],
      searchRequirement: `${real} · Forth Valley College ${word}`,
      facet: [`${real} · Forth Valley College ${word}`],
      route: [real],
    };
    expect(await labelsEverywhere(id)).toEqual(expected);

    await deleteAccount(db, uploader.userId);
    await drainAll(db, search);
    await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
    const after = await labelsEverywhere(id);
    expect(after).toEqual(expected);
    expect(JSON.stringify(after)).not.toContain('Mastery');
    expect(JSON.stringify(after)).not.toContain('Advanced Forensics');
  });
});
