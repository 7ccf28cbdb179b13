// One memo of status lists for a batch of badges: each list fetched and proof-checked once, and every badge's
// status verdict exactly what it is without the memo. Lists are minted and signed for real and served by a local
// issuer website, as in check-status.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configureSafeFetch } from '@/server/net/safe-fetch';
import { oneEdTechRevocationList } from '../issuing/1edtech-revocation-list';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { ob3Credential } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { statusListCredential, type StatusListOptions } from '../issuing/status-list';
import { checkStatus } from './check-status';
import type { BadgeFacts } from './facts';
import { readOb3 } from './read-ob3';
import { statusListsForCycle } from './status-lists';

const NOW = new Date('2026-06-01T12:00:00Z');
let host: FixtureHost;
let issuer: IssuerKey;
let other: IssuerKey;
let serial = 0;

beforeAll(async () => {
  host = await startFixtureHost();
  issuer = await didKeyIssuer('status-cycle-issuer');
  other = await didKeyIssuer('status-cycle-other');
});
afterAll(async () => host.close());
// Each test starts with the fetcher's own short-lived cache empty, so every request it makes reaches the host.
beforeEach(() => {
  configureSafeFetch({ allowHosts: [host.host] });
  host.hits.length = 0;
});

async function publish(options: Omit<StatusListOptions, 'issuer' | 'url'> & { issuer?: IssuerKey }): Promise<string> {
  const url = `${host.base}/cycle/${++serial}`;
  host.documents.set(url, await statusListCredential({ issuer, ...options, url }));
  return url;
}

function facts(status: unknown, id = `urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`): BadgeFacts {
  const credential = ob3Credential({
    issuer,
    issuerName: 'Cycle Academy',
    achievement: { id: 'https://academy.example/a/cycle', name: 'A', description: 'A', criteria: 'A' },
    recipientEmail: 'a@example.test',
    id,
  });
  return readOb3({ ...credential, credentialStatus: status });
}
const entry = (url: string, index: number, type = 'BitstringStatusListEntry', purpose = 'revocation') => ({
  id: `${url}#${index}`,
  type,
  statusPurpose: purpose,
  statusListIndex: String(index),
  statusListCredential: url,
});
const hitsOf = (url: string) => host.hits.filter((path) => `${host.base}${path}` === url).length;

/** 30 badges over seven lists: set and unset entries, suspension, a foreign list, StatusList2021, a 1EdTech list, a missing list. */
async function batch() {
  const revocation = await publish({ setIndexes: [3, 7] });
  const suspension = await publish({ setIndexes: [5], purpose: 'suspension' });
  const foreign = await publish({ issuer: other, setIndexes: [1], entries: 100_000 });
  const older = await publish({ kind: 'StatusList2021', setIndexes: [2] });
  const shortLived = await publish({ setIndexes: [], validFrom: '2026-01-01T00:00:00Z', validUntil: '2026-06-01T00:00:00Z' });
  const revokedId = 'urn:uuid:7d1a3f4e-0b2c-4d5e-8f60-718293a4b5c6';
  const oneEdTech = `${host.base}/cycle/${++serial}`;
  host.documents.set(oneEdTech, oneEdTechRevocationList({ url: oneEdTech, issuer: issuer.did, revoked: [{ id: revokedId, reason: 'Issued in error' }] }));
  const missing = `${host.base}/cycle/missing-${++serial}`;
  const badges: BadgeFacts[] = [];
  for (let i = 0; i < 12; i++) badges.push(facts(entry(revocation, i)));
  for (let i = 3; i < 7; i++) badges.push(facts([entry(revocation, i), entry(suspension, i, 'BitstringStatusListEntry', 'suspension')]));
  for (let i = 0; i < 4; i++) badges.push(facts(entry(foreign, i)));
  for (let i = 0; i < 4; i++) badges.push(facts(entry(older, i, 'StatusList2021Entry')));
  badges.push(facts(entry(shortLived, 1)), facts(entry(shortLived, 2)));
  badges.push(facts({ id: oneEdTech, type: '1EdTechRevocationList' }, revokedId), facts({ id: oneEdTech, type: '1EdTechRevocationList' }));
  badges.push(facts(entry(missing, 1)), facts(entry(missing, 2)));
  return { badges, urls: { revocation, suspension, foreign, older, shortLived, oneEdTech, missing } };
}

describe('statusListsForCycle', () => {
  it('checks 30 badges side by side with each of seven lists fetched once and each signed list verified once; verdicts as without it', async () => {
    const { badges, urls } = await batch();
    const lists = statusListsForCycle();
    const cycled = await Promise.all(badges.map((badge) => checkStatus(badge, NOW, lists)));
    for (const url of Object.values(urls)) expect(hitsOf(url), url).toBe(1);
    expect({ lists: lists.lists, fetches: lists.fetches, proofs: lists.proofs }).toEqual({ lists: 7, fetches: 7, proofs: 5 });

    // The same badges without the memo, the fetcher's cache emptied: the lists are fetched again, by many badges at once.
    configureSafeFetch({ allowHosts: [host.host] });
    host.hits.length = 0;
    const direct = await Promise.all(badges.map((badge) => checkStatus(badge, NOW)));
    expect(hitsOf(urls.revocation)).toBeGreaterThan(1);
    expect(cycled).toEqual(direct);

    // The verdicts are the real ones, not one badge's answer handed to all.
    const codes = cycled.map((result) => result.code);
    expect(codes.slice(0, 12)).toEqual([
      'not_revoked',
      'not_revoked',
      'not_revoked',
      'revoked',
      'not_revoked',
      'not_revoked',
      'not_revoked',
      'revoked',
      'not_revoked',
      'not_revoked',
      'not_revoked',
      'not_revoked',
    ]);
    expect(codes.slice(12, 16)).toEqual(['revoked', 'not_revoked', 'suspended', 'not_revoked']);
    expect(cycled.slice(16, 20).map((result) => [result.code, result.notes?.map((note) => note.code)])).toEqual([
      ['not_revoked', ['foreign_list', 'list_too_short']],
      ['revoked', ['foreign_list', 'list_too_short']],
      ['not_revoked', ['foreign_list', 'list_too_short']],
      ['not_revoked', ['foreign_list', 'list_too_short']],
    ]);
    expect(codes.slice(20)).toEqual([
      'not_revoked',
      'not_revoked',
      'revoked',
      'not_revoked',
      'list_expired',
      'list_expired',
      'revoked',
      'not_on_revocation_list',
      'list_unavailable',
      'list_unavailable',
    ]);
  });

  it('keeps nothing that depends on the moment: one memo judges a list’s validity window afresh at each `now`', async () => {
    const url = await publish({ setIndexes: [], validFrom: '2026-01-01T00:00:00Z', validUntil: '2026-03-01T00:00:00Z' });
    const lists = statusListsForCycle();
    const badge = facts(entry(url, 1));
    expect(await checkStatus(badge, new Date('2026-02-01T00:00:00Z'), lists)).toMatchObject({ status: 'ok', code: 'not_revoked' });
    expect(await checkStatus(badge, NOW, lists)).toMatchObject({ status: 'failed', code: 'list_expired' });
    expect(await checkStatus(badge, new Date('2025-12-01T00:00:00Z'), lists)).toMatchObject({ status: 'failed', code: 'list_not_yet_valid' });
    expect(hitsOf(url)).toBe(1);
  });

  it('the same bad list fails every badge the same way: a tampered list, a compression bomb', async () => {
    const tampered = await publish({ setIndexes: [4], tamper: true });
    const bomb = await publish({ encodedList: `u${(await import('node:zlib')).gzipSync(Buffer.alloc(17 * 1024 * 1024)).toString('base64url')}` });
    const lists = statusListsForCycle();
    const badges = [facts(entry(tampered, 1)), facts(entry(tampered, 4)), facts(entry(bomb, 1)), facts(entry(bomb, 2))];
    const results = await Promise.all(badges.map((badge) => checkStatus(badge, NOW, lists)));
    expect(results.map((result) => [result.code, result.params.problem ?? null])).toEqual([
      ['list_invalid_proof', null],
      ['list_invalid_proof', null],
      ['bad_list', 'too_large'],
      ['bad_list', 'too_large'],
    ]);
    expect(results).toEqual(await Promise.all(badges.map((badge) => checkStatus(badge, NOW))));
  });

  it('over its byte budget a list is read per badge, with the same verdicts', async () => {
    const url = await publish({ setIndexes: [2] });
    const lists = statusListsForCycle({ maxBytes: 0 });
    const badges = [facts(entry(url, 1)), facts(entry(url, 2)), facts(entry(url, 3))];
    const results = await Promise.all(badges.map((badge) => checkStatus(badge, NOW, lists)));
    expect(results.map((result) => result.code)).toEqual(['not_revoked', 'revoked', 'not_revoked']);
    expect(lists.fetches).toBe(1);
    // The one request was shared while in flight; a badge checked afterwards fetches again (the fetcher's cache answers).
    await checkStatus(facts(entry(url, 4)), NOW, lists);
    expect({ fetches: lists.fetches, proofs: lists.proofs }).toEqual({ fetches: 2, proofs: 2 });
  });
});
