import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setPreloadedDocuments } from '@/server/net/safe-fetch';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didWebIssuer } from './issuing/issuer-keys';
import { statusListCredential } from './issuing/status-list';
import { preloadFolder, verifyForSupport } from './verify-file';

afterAll(() => setPreloadedDocuments(new Map()));

describe('verify CLI with --preload', () => {
  it('checks a did:web badge and its status list offline, from a folder keyed by document id', async () => {
    const issuer = await didWebIssuer('offline-issuer', 'badges.offline.example');
    const listUrl = 'https://badges.offline.example/status/1';
    const folder = mkdtempSync(path.join(os.tmpdir(), 'preload-'));
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
    const [result] = await verifyForSupport({ kind: 'text', text }, ['a@example.test']);
    expect(result!.report.checks.map((check) => `${check.check}:${check.status}`)).toEqual(['format:ok', 'proof:ok', 'issuer:warning', 'status:failed', 'validity:ok', 'recipient:ok']);
    expect(result!.report.state).toBe('revoked');
  });
});
