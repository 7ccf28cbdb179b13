import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchRefusedError, safeFetch, setPreloadedDocuments } from '@/server/net/safe-fetch';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didWebIssuer } from './issuing/issuer-keys';
import { statusListCredential } from './issuing/status-list';
import { loadKnownIssuers, preloadFolder, supportReport, verifyForSupport } from './verify-file';

const NOW = new Date('2026-06-01T00:00:00Z');
const tempFolder = () => mkdtempSync(path.join(os.tmpdir(), 'preload-'));
afterEach(() => setPreloadedDocuments(new Map()));

describe('--preload answers fetches from a folder, and only from it', () => {
  it('checks a did:web badge and its status list offline, from a folder keyed by document id', async () => {
    const issuer = await didWebIssuer('offline-issuer', 'badges.offline.example');
    const listUrl = 'https://badges.offline.example/status/1';
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'did.json'), JSON.stringify(issuer.didDocument));
    writeFileSync(path.join(folder, 'status.json'), JSON.stringify(await statusListCredential({ issuer, url: listUrl, setIndexes: [5] })));
    expect(preloadFolder(folder).sort()).toEqual(['https://badges.offline.example/.well-known/did.json', listUrl]);
    const credential = ob3Credential({
      issuer,
      issuerName: 'Offline Academy',
      recipientEmail: 'a@example.test',
      achievement: { id: 'https://badges.offline.example/a/1', name: 'Offline Badge', description: 'd', criteria: 'c' },
      status: [{ listUrl, index: 5 }],
    });
    const text = JSON.stringify(await signDataIntegrity(credential, issuer));
    const [result] = await verifyForSupport({ kind: 'text', text }, { recipients: ['a@example.test'], now: NOW });
    expect(result!.report.checks.map((check) => `${check.check}:${check.code}`)).toEqual([
      'format:readable',
      'proof:valid',
      'issuer:unknown',
      'status:revoked',
      'validity:no_expiry',
      'recipient:bound',
    ]);
    expect(result!.report.state).toBe('revoked');
    // --json prints what the API sends: the badge's facts and `report` exactly as presentReport gives it.
    expect(supportReport(result!)).toMatchObject({
      state: 'revoked',
      issuer: { id: issuer.did, known: false },
      report: { level: null, checkedAt: NOW.toISOString() },
    });
  });

  it('reads urls.json / manifest.json maps (URLs and did:web ids to files, in subfolders, without .json names)', async () => {
    const folder = tempFolder();
    mkdirSync(path.join(folder, 'lists'));
    writeFileSync(path.join(folder, 'lists', 'revocation'), JSON.stringify({ id: 'ignored-by-id' }));
    writeFileSync(path.join(folder, 'web.json'), JSON.stringify({ id: 'did:web:maps.example:issuers:7' }));
    writeFileSync(
      path.join(folder, 'urls.json'),
      JSON.stringify({ 'https://maps.example/lists/1': 'lists/revocation', 'did:web:maps.example:issuers:7': 'web.json' }),
    );
    expect(preloadFolder(folder).sort()).toEqual(['https://maps.example/issuers/7/did.json', 'https://maps.example/lists/1']);
    expect((await safeFetch('https://maps.example/lists/1')).json()).toEqual({ id: 'ignored-by-id' });
  });

  it('refuses anything not preloaded as not found (HTTP 404), without touching the network', async () => {
    preloadFolder(tempFolder());
    const refusal = await safeFetch('https://elsewhere.example/status/1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FetchRefusedError);
    expect(refusal).toMatchObject({ code: 'status', httpStatus: 404 });
  });

  it('a map naming a file that does not exist is a clear input error', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'urls.json'), JSON.stringify({ 'https://x.example/1': 'missing.json' }));
    expect(() => preloadFolder(folder)).toThrow('maps https://x.example/1 to missing.json, which does not exist');
  });
});

describe('--issuers loads a known-issuer list for the run', () => {
  it('our documented shape becomes the registry', async () => {
    const file = path.join(tempFolder(), 'issuers.json');
    writeFileSync(file, JSON.stringify([{ id: 'did:web:college.example', name: 'Example College', domains: ['college.example'] }]));
    const registry = loadKnownIssuers(file);
    expect(await registry.find('did:web:college.example')).toMatchObject({ name: 'Example College', domains: ['college.example'], source: 'registry' });
    expect(await registry.findByName('example  college')).toHaveLength(1);
  });

  it('a bad entry is refused with where it is', () => {
    const file = path.join(tempFolder(), 'issuers.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'did:web:college.example', name: 'Example College' },
        { id: 'https://ok.example', name: '' },
      ]),
    );
    expect(() => loadKnownIssuers(file)).toThrow(/Entry 2 \("https:\/\/ok\.example"\)/);
  });
});
