// The Digital Credentials Consortium's public signed test credentials, run offline through the support verifier:
// every file (JSON and its baked PNG/SVG twin) gets the verdict its name states. Fetches are answered from the
// corpus' urls.json map, or "not found": nothing reaches the network. The clock is fixed, never today.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationLevel } from '@/lib/verification/model';
import { memoryIssuerRegistry } from '@/server/issuers/issuer-registry';
import { setPreloadedDocuments } from '@/server/net/safe-fetch';
import { preloadFolder } from '../../verify-file';
import { expectedVerdict } from './dcc-expected-verdict';
import { corpusFiles, corpusTable, describeOutcome, outcomeMatches, verifyCorpusFile, type CorpusOutcome, type CorpusRow } from './run-corpus';

const CORPUS = path.resolve(__dirname, '../../../../../data/fixtures/dcc-vc-test-fixtures');
const CREDENTIALS = path.join(CORPUS, 'verifiableCredentials');
// After every "notExpired" credential's start and before its end (the earliest ends 2030-01-01); the
// notYetValid one starts 2099.
const NOW = new Date('2026-06-01T00:00:00Z');
const LEGACY_DID_KEY = 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
const LEGACY_DID_WEB = 'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy';

const files = corpusFiles(CREDENTIALS);
const rows = new Map<string, CorpusRow>();
const outcomes = new Map<string, CorpusOutcome>();

beforeAll(async () => {
  expect(preloadFolder(CORPUS)).toEqual(
    expect.arrayContaining([
      'https://digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json',
      'https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020/tampered',
    ]),
  );
  for (const file of files) {
    const outcome = await verifyCorpusFile(path.join(CREDENTIALS, file), { now: NOW });
    const expected = expectedVerdict(file);
    outcomes.set(file, outcome);
    rows.set(file, { file, expected, actual: describeOutcome(outcome), matches: outcomeMatches(expected, outcome) });
  }
  const mismatches = [...rows.values()].filter((row) => !row.matches);
  // For the conformance note: CONFORMANCE_REPORT=/path/file.md npx vitest run … writes the mismatch table.
  if (process.env.CONFORMANCE_REPORT) {
    writeFileSync(
      process.env.CONFORMANCE_REPORT,
      `${files.length} files, ${files.length - mismatches.length} match, ${mismatches.length} do not.\n\n${corpusTable(mismatches)}\n`,
    );
  }
}, 300_000);
afterAll(() => setPreloadedDocuments(new Map()));

describe('DCC test credentials get the verdict their name states', () => {
  it('covers the whole corpus', () => {
    expect(files.filter((file) => file.endsWith('.json')).length).toBe(91);
    expect(files.length).toBe(183);
  });

  it.each(files)('%s', (file) => {
    const row = rows.get(file)!;
    expect(row.matches ? 'as named' : row.actual, `expected ${JSON.stringify(row.expected)}`).toBe('as named');
  });

  it('the PNG and SVG twins are QR code images with nothing baked in (hence refused, not verified)', () => {
    const textChunks = (png: Buffer) => {
      const found: string[] = [];
      for (let offset = 8; offset + 8 <= png.length; offset += 12 + png.readUInt32BE(offset)) found.push(png.toString('latin1', offset + 4, offset + 8));
      return found.filter((type) => /^(tEXt|iTXt|zTXt)$/.test(type));
    };
    const images = files.filter((file) => /\.(png|svg)$/.test(file));
    const baked = images.filter((file) => {
      const bytes = readFileSync(path.join(CREDENTIALS, file));
      return file.endsWith('.png') ? textChunks(bytes).length > 0 : /openbadges/i.test(bytes.toString('utf8'));
    });
    expect(images.length).toBe(92);
    expect(baked).toEqual([]);
  });
});

describe('the known-issuer registry changes the level, and a known name cannot be borrowed', () => {
  it('a DCC issuer put in the registry is verified · known issuer', async () => {
    const registry = memoryIssuerRegistry([{ issuerId: LEGACY_DID_KEY, name: 'Example Corp', domains: [], source: 'registry' }]);
    const outcome = await verifyCorpusFile(path.join(CREDENTIALS, 'v2/ed25519/didKey/legacy-noStatus-noExpiry.json'), { now: NOW, registry });
    expect(describeOutcome(outcome)).toBe('verified · known_issuer');
    if ('verification' in outcome) expect(verificationLevel(outcome.verification.report)).toBe('known_issuer');
  });

  it('another DCC DID claiming the registered issuer’s name fails as impersonation', async () => {
    // The DCC signs "Massachusetts Institute of Technology" with several DIDs; once one of them is the known MIT, the others imitate it.
    const registry = memoryIssuerRegistry([
      { issuerId: LEGACY_DID_WEB, name: 'Massachusetts Institute of Technology', domains: ['mit.edu'], source: 'registry' },
    ]);
    const outcome = await verifyCorpusFile(path.join(CREDENTIALS, 'v1/ed25519/didKey/mixedRegistry-validStatus-noExpiry.json'), { now: NOW, registry });
    expect('verification' in outcome && outcome.verification.report.checks.find((c) => c.check === 'issuer')).toMatchObject({
      status: 'failed',
      code: 'impersonation',
      params: { by: 'name', imitates: LEGACY_DID_WEB },
    });
    expect('verification' in outcome && outcome.verification.report.state).toBe('failed');
  });
});
