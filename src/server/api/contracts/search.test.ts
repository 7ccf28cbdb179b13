// The search routes' response schemas hold what the services return: the types compared at compile time
// (npx tsc --noEmit), and real shapes (the index files' example documents) run through at test time.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { KnownAchievement } from '@/server/badges/known-achievements';
import { candidatesIndex } from '@/server/search/indices/candidates';
import { jobsIndex } from '@/server/search/indices/jobs';
import type { CandidateResults } from '@/server/search/search-candidates';
import type { JobResults } from '@/server/search/search-jobs';
import type { ConceptWithPath } from '@/server/taxonomy/concepts';
import { sameType, type Json } from '@/server/testing/same-type';
import { searchAchievements, searchCandidates, searchJobs, searchTaxonomy } from './search';

const candidatesSchema = searchCandidates.responses[200].schema;
const jobsSchema = searchJobs.responses[200].schema;
const achievementsSchema = searchAchievements.responses[200].schema;
const conceptsSchema = searchTaxonomy.responses[200].schema;

sameType<z.output<typeof candidatesSchema>, Json<CandidateResults>>();
sameType<z.output<typeof jobsSchema>, Json<JobResults>>();
// The routes wrap the lists: `{ results }` (src/app/api/v1/achievements, src/app/api/v1/taxonomy/concepts).
sameType<z.output<typeof achievementsSchema>, Json<{ results: KnownAchievement[] }>>();
sameType<z.output<typeof conceptsSchema>, Json<{ results: ConceptWithPath[] }>>();

const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const candidate = candidatesIndex.example;
const badge = candidate.badges[0]!;
const shown = {
  badge_id: badge.badge_id,
  achievement_name: badge.achievement_name,
  issuer_name: badge.issuer_name,
  issuer_known: badge.issuer_known,
  state: badge.state,
};
const requirement = {
  kind: 'achievement' as const,
  code: badge.achievement_key,
  key: badge.achievement_key,
  label: `${badge.achievement_name} · ${badge.issuer_name}`,
};

const candidateResults: CandidateResults = {
  total: 1,
  page: 1,
  pageSize: 20,
  hits: [
    {
      cv_id: candidate.cv_id,
      display_name: candidate.display_name,
      headline: candidate.headline,
      summary: candidate.summary,
      location: candidate.location,
      visibility: candidate.visibility,
      verified_badge_count: candidate.verified_badge_count,
      updated_at: candidate.updated_at,
      highlight: { headline: '<mark>Data</mark> analyst' },
      topBadges: [shown],
      notShownCount: 0,
      matches: [
        { requirement, badges: [shown], claimed: false },
        { requirement: { kind: 'skill', code: 'S5', key: 'S5', label: 'S5 working with computers' }, badges: [], claimed: true },
      ],
      requirementsMet: 1,
    },
  ],
  facets: {
    issuer: [{ value: badge.issuer_id, label: badge.issuer_name, count: 1, selected: true, known: true }],
    achievement: [{ value: badge.achievement_key, label: requirement.label, count: 1, selected: false, known: true }],
    skill: [{ value: 'S5', label: 'S5 working with computers', count: 1, selected: false }],
    level: [],
    location: [{ value: candidate.location, label: candidate.location, count: 1, selected: false }],
  },
  requirements: [requirement],
  claims: [{ code: 'S5', label: 'S5 working with computers' }],
  next: 'eyJzIjoicmVsZXZhbmNlIn0',
  tookMs: 4,
};

const jobResults: JobResults = {
  total: 1,
  page: 1,
  pageSize: 20,
  hits: [jobsIndex.example],
  facets: {
    location: [{ value: jobsIndex.example.location, label: jobsIndex.example.location, count: 1, selected: false }],
    workplace: [{ value: 'hybrid', label: 'Hybrid', count: 1, selected: true }],
    contract: [],
    skill: [],
  },
};

describe('search response schemas', () => {
  it('hold a page of candidates built from the index example', () => {
    const sent = wire(candidateResults);
    expect(candidatesSchema.parse(sent)).toEqual(sent);
  });

  it('hold a page of roles with the index example as its hit', () => {
    const sent = wire(jobResults);
    expect(jobsSchema.parse(sent)).toEqual(sent);
  });

  it('hold achievements and concepts for pickers', () => {
    const achievement: KnownAchievement = {
      key: badge.achievement_key,
      id: badge.achievement_id,
      name: badge.achievement_name,
      issuerId: badge.issuer_id,
      issuerName: badge.issuer_name,
      issuerKnown: true,
      holders: 3,
    };
    const skill = { key: 'S5', frameworkId: 'esco', label: 'working with computers', notation: 'S5', type: 'skill-group' };
    const concept: ConceptWithPath = {
      ...skill,
      key: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
      notation: null,
      label: 'use spreadsheets software',
      type: 'skill',
      path: [skill],
    };
    for (const [schema, sent] of [
      [achievementsSchema, wire({ results: [achievement] })],
      [conceptsSchema, wire({ results: [concept] })],
    ] as const) {
      expect(schema.parse(sent)).toEqual(sent);
    }
  });

  it('refuse a hit without its reasons, so the schema is not vacuous', () => {
    const { matches: _matches, ...hit } = candidateResults.hits[0]!;
    expect(candidatesSchema.safeParse(wire({ ...candidateResults, hits: [hit] })).success).toBe(false);
  });
});
