// Integration: real PostgreSQL (with the shipped ESCO data) and real Elasticsearch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { updateCv } from '@/server/cv/service';
import type { Database } from '@/server/db/client';
import { drainAll } from '@/server/devstack/search-setup';
import { createEmployerViewer, createSeeker, insertBadge, testDatabase, testSearch, uniqueWord } from '@/server/testing/integration';
import { aliasFor } from './indices/registry';
import { candidateFiltersSchema, type CandidateFiltersInput } from './queries/candidate-filters';
import { searchCandidates } from './search-candidates';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const TEAM_LEADER = 'achievement:did:web:lead.example https://lead.example/team-leader';
const IMPOSTOR = 'did:key:z6MkImpostorCopiesLeadAcademy';
let db: Database;
let close: () => Promise<void>;
let employer: Viewer;
let word: string;

const search = testSearch();
const names: Record<string, string> = {};

async function seeker(label: string, visibility: 'public' | 'employers' | 'hidden' = 'employers', claimed: string[] = []) {
  const created = await createSeeker(db, `${label} ${word}`);
  names[label] = `${label} ${word}`;
  await updateCv(db, created.cvId, {
    headline: `Analyst ${word}`,
    summary: '',
    // Elspeth saved no location: it must not become a blank facet value.
    location: label === 'Ailsa' ? 'Glasgow' : label === 'Elspeth' ? '' : 'Edinburgh',
    visibility,
    claimedSkills: claimed,
  });
  return created;
}
const find = (filters: CandidateFiltersInput) => searchCandidates(db, search, employer, candidateFiltersSchema.parse({ q: word, ...filters }));
const who = (results: Awaited<ReturnType<typeof find>>) => results.hits.map((hit) => hit.display_name.split(' ')[0]).sort();

beforeAll(async () => {
  ({ db, close } = await testDatabase());
  employer = await createEmployerViewer(db);
  word = uniqueWord();

  const ailsa = await seeker('Ailsa');
  await insertBadge(db, ailsa, {
    name: 'Python Foundations',
    skills: [PYTHON],
    issuerId: 'did:web:clyde.example',
    issuerName: 'Clyde Search Academy',
    level: 'SCQF 7',
  });
  await insertBadge(db, ailsa, {
    name: 'Team Leader',
    skills: [],
    achievementId: 'https://lead.example/team-leader',
    issuerId: 'did:web:lead.example',
    issuerName: 'Lead Academy',
  });
  const bruce = await seeker('Bruce');
  await insertBadge(db, bruce, {
    name: 'Python Foundations',
    skills: [PYTHON],
    state: 'revoked',
    issuerId: 'did:web:clyde.example',
    issuerName: 'Clyde Search Academy',
  });
  const cara = await seeker('Cara');
  await insertBadge(db, cara, {
    name: 'Python Foundations',
    skills: [PYTHON],
    expiresAt: new Date('2025-01-01'),
    issuerId: 'did:web:clyde.example',
    issuerName: 'Clyde Search Academy',
  });
  const dougie = await seeker('Dougie');
  await insertBadge(db, dougie, {
    name: 'Python Foundations',
    skills: [PYTHON],
    state: 'failed',
    issuerId: 'did:web:clyde.example',
    issuerName: 'Clyde Search Academy',
  });
  // Elspeth: the right achievement, but only as a revoked badge; a verified badge of another achievement.
  const elspeth = await seeker('Elspeth');
  await insertBadge(db, elspeth, {
    name: 'Team Leader',
    achievementId: 'https://lead.example/team-leader',
    state: 'revoked',
    issuerId: 'did:web:lead.example',
    issuerName: 'Lead Academy',
  });
  await insertBadge(db, elspeth, { name: 'Python Foundations', skills: [PYTHON], issuerId: 'did:web:other.example', issuerName: 'Other Bootcamp' });
  const hidden = await seeker('Hamish', 'hidden');
  await insertBadge(db, hidden, { name: 'Python Foundations', skills: [PYTHON], issuerId: 'did:web:clyde.example', issuerName: 'Clyde Search Academy' });
  await seeker('Isla', 'employers', [PYTHON]);
  // Fiona: her badge is still being checked (unverified): found only with "verified only" off.
  const fiona = await seeker('Fiona');
  await insertBadge(db, fiona, {
    name: 'Python Foundations',
    skills: [PYTHON],
    state: 'unverified',
    issuerId: 'did:web:clyde.example',
    issuerName: 'Clyde Search Academy',
  });
  // Gregor: an honest issuer not known to Badgeboard; his badge verified.
  const gregor = await seeker('Gregor');
  await insertBadge(db, gregor, {
    name: 'Python for Beginners',
    skills: [PYTHON],
    issuerId: 'did:key:z6MkHonestUnknownTrainer',
    issuerName: 'Honest Training Co',
    issuerKnown: false,
  });
  // Fergus: a self-signed copy of Lead Academy's achievement (its id, its name), failed as impersonation; and the same copy
  // still being checked. Neither may meet the real requirement or join the real issuer's facet value.
  const fergus = await seeker('Fergus');
  await insertBadge(db, fergus, {
    name: 'Team Leader',
    achievementId: 'https://lead.example/team-leader',
    state: 'failed',
    issuerId: IMPOSTOR,
    issuerName: 'Lead Academy',
    issuerKnown: false,
  });
  await insertBadge(db, fergus, {
    name: 'Team Leader (Distinction)',
    achievementId: 'https://lead.example/team-leader',
    state: 'unverified',
    issuerId: IMPOSTOR,
    issuerName: 'Lead Academy',
    issuerKnown: false,
  });
  // Gregor also holds a verified copy of that id from his own (unknown) issuer: a different achievement.
  await insertBadge(db, gregor, {
    name: 'Team Leader',
    achievementId: 'https://lead.example/team-leader',
    issuerId: 'did:key:z6MkHonestUnknownTrainer',
    issuerName: 'Honest Training Co',
    issuerKnown: false,
  });
  await drainAll(db, search);
  await search.client.indices.refresh({ index: aliasFor(search.prefix, 'candidates') });
});
afterAll(async () => close());

describe('candidate search by credential and skill taxonomy code', () => {
  it('finds a candidate by the group S5 when their badge aligns only to Python, under it', async () => {
    const results = await find({ req: 'skill:S5' });
    expect(who(results)).toEqual(['Ailsa', 'Elspeth']);
    const ailsa = results.hits.find((hit) => hit.display_name.startsWith('Ailsa'))!;
    expect(results.requirements[0]).toMatchObject({ code: 'S5', label: 'working with computers' });
    expect(ailsa.matches[0]!.badges).toEqual([expect.objectContaining({ achievement_name: 'Python Foundations', state: 'verified' })]);
  });

  it('matches two requirements met by two different badges, and keeps each badge’s conditions together', async () => {
    const both = await find({ req: ['skill:S5', TEAM_LEADER] });
    // Elspeth holds the team-leader badge only revoked: her verified Python badge must not lend it its state.
    expect(who(both)).toEqual(['Ailsa']);
    expect(both.hits[0]!.matches.map((match) => match.badges[0]?.achievement_name)).toEqual(['Python Foundations', 'Team Leader']);
  });

  it('never counts revoked, expired or failed badges (they are not indexed); verified-only off adds badges still being checked', async () => {
    expect(who(await find({ req: `skill:${PYTHON}` }))).toEqual(['Ailsa', 'Elspeth']);
    expect(who(await find({ req: `skill:${PYTHON}`, verified: '0' }))).toEqual(['Ailsa', 'Elspeth', 'Fiona', 'Gregor']);
    const bruce = (await find({ verified: '0' })).hits.find((hit) => hit.display_name.startsWith('Bruce'))!;
    expect(bruce.topBadges).toEqual([]);
    expect(bruce.notShownCount).toBe(1);
  });

  it('leaves out verified badges of issuers not known to Badgeboard by default, and counts them with the switch', async () => {
    expect(who(await find({ req: 'skill:S5' }))).toEqual(['Ailsa', 'Elspeth']);
    const switched = await find({ req: 'skill:S5', unknownIssuers: '1' });
    expect(who(switched)).toEqual(['Ailsa', 'Elspeth', 'Gregor']);
    // The explanation says which level each matching badge has.
    const gregor = switched.hits.find((hit) => hit.display_name.startsWith('Gregor'))!;
    expect(gregor.matches[0]!.badges[0]).toMatchObject({ state: 'verified', issuer_known: false, issuer_name: 'Honest Training Co' });
    const ailsa = switched.hits.find((hit) => hit.display_name.startsWith('Ailsa'))!;
    expect(ailsa.matches[0]!.badges[0]).toMatchObject({ state: 'verified', issuer_known: true });
  });

  it('never lets a copy of an achievement id under another issuer meet the real achievement', async () => {
    expect(who(await find({ req: TEAM_LEADER }))).toEqual(['Ailsa']);
    expect(who(await find({ req: TEAM_LEADER, unknownIssuers: '1' }))).toEqual(['Ailsa']);
    expect(who(await find({ req: TEAM_LEADER, verified: '0' }))).toEqual(['Ailsa']);
    expect((await find({ req: TEAM_LEADER })).requirements[0]!.label).toBe('Team Leader · Lead Academy');
  });

  it('keeps an issuer that claims a known issuer’s name apart in the issuer facet, marked as not known', async () => {
    const all = await find({ verified: '0' });
    // The look-alike has no verified badge, so not even its claimed name is shown: it is its id, marked unknown.
    expect(all.facets.issuer.filter((item) => item.label.includes('Lead Academy'))).toEqual([
      expect.objectContaining({ value: 'did:web:lead.example', label: 'Lead Academy', known: true, count: 1 }),
    ]);
    expect(all.facets.issuer.find((item) => item.value === IMPOSTOR)).toMatchObject({ label: `${IMPOSTOR} (not known to Badgeboard)`, known: false, count: 1 });
    // Each pair is its own achievement value; the copy, held by no verified badge, is named by its bare id only.
    const teamLeader = all.facets.achievement.filter((item) => item.value.endsWith(' https://lead.example/team-leader'));
    expect(teamLeader.map((item) => [item.value.split(' ')[0], item.label]).sort()).toEqual([
      ['did:key:z6MkHonestUnknownTrainer', 'Team Leader · Honest Training Co (not known to Badgeboard)'],
      [IMPOSTOR, 'https://lead.example/team-leader'],
      ['did:web:lead.example', 'Team Leader · Lead Academy'],
    ]);
    // With verified-only on (known issuers), neither look-alike is a facet value at all.
    expect((await find({})).facets.issuer.map((item) => item.value)).not.toEqual(expect.arrayContaining([IMPOSTOR]));
  });

  it('never shows a hidden CV, and never counts a claimed-only skill as verified', async () => {
    const all = await find({ verified: '0' });
    expect(who(all)).not.toContain('Hamish');
    expect(who(await find({ req: 'skill:S5', verified: '0' }))).not.toContain('Isla');
    const claims = await find({ claimed: PYTHON });
    expect(who(claims)).toEqual(['Isla']);
    expect(claims.hits[0]!.matches).toEqual([expect.objectContaining({ claimed: true, badges: [] })]);
    // The claim is named from the taxonomy, the same words on the card and on the requirement chip.
    expect(claims.claims).toEqual([{ code: PYTHON, label: expect.stringMatching(/python/i) }]);
    expect(claims.hits[0]!.matches[0]!.requirement.label).toBe(claims.claims[0]!.label);
  });

  it.each([
    ['all badges', { verified: '0' }],
    ['verified badges only (known issuers)', {}],
    ['verified badges, unknown issuers included', { unknownIssuers: '1' }],
    ['badges issued after a date (nested facets)', { verified: '0', issuedAfter: '2025-06-01' }],
  ] as const)('gives facet counts that equal the hits each facet value filters to: %s', async (_label, mode) => {
    const base = await find(mode);
    expect(base.facets.issuer.length).toBeGreaterThan(0);
    for (const facet of ['issuer', 'achievement', 'skill', 'location'] as const) {
      for (const value of base.facets[facet].slice(0, 4)) {
        const filtered = await find({ ...mode, [facet]: value.value });
        expect({ facet, value: value.label, total: filtered.total }).toEqual({ facet, value: value.label, total: value.count });
      }
    }
  });

  it('names facet values', async () => {
    const base = await find({ verified: '0' });
    expect(base.facets.issuer.map((item) => item.label)).toEqual(expect.arrayContaining(['Clyde Search Academy', 'Other Bootcamp']));
    expect(base.facets.achievement.map((item) => item.label)).toContain('Python Foundations · Clyde Search Academy');
    const s5 = base.facets.skill.find((item) => item.label.startsWith('S5 '));
    expect(s5?.label).toBe('S5 working with computers');
    // Python sits under ISCED-F 0613 in the knowledge pillar too: those fields of education are not offered as skill filters.
    expect(base.facets.skill.filter((item) => item.value.includes('/isced-f/'))).toEqual([]);
    expect(base.facets.location.map((item) => item.label)).toEqual(['Edinburgh', 'Glasgow']);
  });

  it('keeps a facet’s alternatives visible when one of its values is selected (multi-select)', async () => {
    const selected = await find({ verified: '0', issuer: 'did:web:other.example' });
    expect(who(selected)).toEqual(['Elspeth']);
    expect(selected.facets.issuer.map((item) => item.value)).toEqual(expect.arrayContaining(['did:web:clyde.example', 'did:web:other.example']));
    expect(selected.facets.issuer.find((item) => item.value === 'did:web:other.example')?.selected).toBe(true);
  });

  it('ranks by requirements met when any may match', async () => {
    const ranked = await find({ req: ['skill:S5', TEAM_LEADER], match: 'any', sort: 'requirements' });
    expect(ranked.hits[0]?.display_name).toMatch(/^Ailsa/);
    expect(ranked.hits.map((hit) => hit.requirementsMet)).toEqual([2, 1]);
  });

  it('pages past the first pages with a search_after cursor', async () => {
    const first = await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ verified: '0' }));
    if (first.total <= 20) return expect(first.next).toBeNull();
    const second = await searchCandidates(db, search, employer, candidateFiltersSchema.parse({ verified: '0', page: 2, after: first.next! }));
    expect(second.hits[0]?.cv_id).not.toBe(first.hits[0]?.cv_id);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.cv_id)).size).toBe(first.hits.length + second.hits.length);
  });

  it('refuses an unknown skill code with a message', async () => {
    await expect(find({ req: 'skill:NOPE-404' })).rejects.toMatchObject({ code: 'input:invalid', message: expect.stringContaining('NOPE-404') });
  });
});
