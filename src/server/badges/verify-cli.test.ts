// The support CLI as support staff run it: a real process (`npx tsx --conditions=react-server scripts/verify.ts …`) on badges minted with
// real keys, offline through --preload. Checks the contract: help text, exit codes, --json codes, --issuers, --recipient.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ob3Credential, signDataIntegrity } from './issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from './issuing/issuer-keys';
import { statusListCredential } from './issuing/status-list';
import type { SupportReport } from './verify-file';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const EMAIL = 'ailsa@example.test';
const LIST_URL = 'https://cli-academy.example/status/1';

let folder: string;
let preload: string;
let issuer: IssuerKey;
let badgeFile: string;
let revokedFile: string;

/** Runs the CLI; resolves with its exit code and output whatever the code. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', '--conditions=react-server', 'scripts/verify.ts', ...args], { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
const single = (credential: Record<string, unknown>) => ({ ...credential, credentialStatus: (credential.credentialStatus as unknown[])[0] });
const reports = (stdout: string) => JSON.parse(stdout) as SupportReport[];

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'verify-cli-'));
  preload = path.join(folder, 'preload');
  issuer = await didKeyIssuer('cli-academy');
  mkdirSync(preload);
  writeFileSync(path.join(preload, 'status.json'), JSON.stringify(await statusListCredential({ issuer, url: LIST_URL, setIndexes: [9] })));
  // One status entry as one object, the form of the OB 3.0 specification's examples.
  const credential = (index: number) =>
    single(
      ob3Credential({
        issuer,
        issuerName: 'CLI Academy',
        recipientEmail: EMAIL,
        achievement: { id: 'urn:uuid:7d3c1f2a-0000-4000-8000-00000000d001', name: 'Support Basics', description: 'd', criteria: 'c' },
        status: [{ listUrl: LIST_URL, index }],
      }),
    );
  badgeFile = path.join(folder, 'badge.json');
  writeFileSync(badgeFile, JSON.stringify(await signDataIntegrity(credential(3), issuer)));
  revokedFile = path.join(folder, 'revoked.json');
  writeFileSync(revokedFile, JSON.stringify(await signDataIntegrity(credential(9), issuer)));
}, 60_000);

describe('npm run verify', () => {
  it('--help prints the contract, one line per option, and the exit codes', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Usage: npm run verify -- <file|url> [--json] [--preload <dir>] [--issuers <known-issuers.json>] [--recipient <email-or-DID>]… [--help]',
    );
    for (const option of ['--json', '--preload <dir>', '--issuers <file>', '--recipient <email-or-DID>', '--help']) {
      expect(stdout.split('\n').filter((line) => line.trimStart().startsWith(option))).toHaveLength(1);
    }
    expect(stdout).toContain('Exit codes: 0 every credential verified · 1 some credential not verified · 2 usage or input error');
  }, 60_000);

  it('without a recipient: verified · issuer not known, exit 0, the recipient check skipped (not_checked)', async () => {
    const { code, stdout, stderr } = await cli(badgeFile, '--json', '--preload', preload);
    expect(stderr).toContain('nothing else is fetched');
    const [report] = reports(stdout);
    expect(report).toMatchObject({ state: 'verified', achievement: { name: 'Support Basics' }, issuer: { id: issuer.did, name: 'CLI Academy', known: false } });
    expect(report!.report.level).toBe('unknown_issuer');
    expect(report!.report.checks.map((c) => `${c.check}:${c.code}`)).toEqual([
      'format:readable',
      'proof:valid',
      'issuer:unknown',
      'status:not_revoked',
      'validity:no_expiry',
      'recipient:not_checked',
    ]);
    expect(report!.report.checks.every((c) => typeof c.reason === 'string' && c.reason.length > 0)).toBe(true);
    expect(code).toBe(0);
  }, 60_000);

  it('--issuers makes the level known_issuer; a bad entry is a usage error naming it', async () => {
    const issuers = path.join(folder, 'issuers.json');
    writeFileSync(issuers, JSON.stringify([{ id: issuer.did, name: 'CLI Academy', domains: ['cli-academy.example'] }]));
    const { code, stdout } = await cli(badgeFile, '--json', '--preload', preload, '--issuers', issuers);
    expect(reports(stdout)[0]!.report.level).toBe('known_issuer');
    expect(reports(stdout)[0]!.report.checks.find((c) => c.check === 'issuer')?.code).toBe('known');
    expect(code).toBe(0);
    const bad = path.join(folder, 'bad-issuers.json');
    writeFileSync(
      bad,
      JSON.stringify([
        { id: issuer.did, name: 'CLI Academy' },
        { id: 'not-an-id', name: 'Nobody' },
      ]),
    );
    const refused = await cli(badgeFile, '--issuers', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Entry 2 ("not-an-id")');
  }, 60_000);

  it('--recipient: the right person passes; someone else fails (exit 1); --email is an alias', async () => {
    const right = await cli(badgeFile, '--json', '--preload', preload, '--recipient', 'other@example.test', '--recipient', EMAIL);
    expect(reports(right.stdout)[0]!.report.checks.find((c) => c.check === 'recipient')).toMatchObject({ status: 'ok', code: 'bound' });
    expect(right.code).toBe(0);
    const wrong = await cli(badgeFile, '--json', '--preload', preload, '--email', 'other@example.test');
    expect(reports(wrong.stdout)[0]).toMatchObject({ state: 'failed' });
    expect(reports(wrong.stdout)[0]!.report.checks.find((c) => c.check === 'recipient')).toMatchObject({ status: 'failed', code: 'other_recipient' });
    expect(wrong.code).toBe(1);
  }, 60_000);

  it('a revoked badge exits 1; the text report names the state and the codes', async () => {
    const { code, stdout } = await cli(revokedFile, '--preload', preload);
    expect(stdout).toContain('State: REVOKED');
    expect(stdout).toContain('[revoked]');
    expect(code).toBe(1);
  }, 60_000);

  it('offline: a status list missing from the preload folder is not fetched, and the badge is not verified', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'verify-cli-empty-'));
    const { code, stdout } = await cli(badgeFile, '--json', '--preload', empty);
    expect(reports(stdout)[0]!.state).not.toBe('verified');
    expect(code).toBe(1);
  }, 60_000);

  it('usage and input errors exit 2', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('--frobnicate', badgeFile)).code).toBe(2);
    expect((await cli(path.join(folder, 'missing.json'))).code).toBe(2);
    const notABadge = path.join(folder, 'plain.json');
    writeFileSync(notABadge, JSON.stringify({ hello: 'world' }));
    expect((await cli(notABadge)).code).toBe(2);
  }, 120_000);
});
