// Status lists minted and signed for real, served by a local issuer website; the credential under test only
// needs its facts (the status check does not look at the credential's own proof).
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '@/lib/verification/model';
import { renderReason } from '@/lib/verification/render';
import { statusReasons } from '@/lib/verification/reasons/status';
import { oneEdTechRevocationList } from '../issuing/1edtech-revocation-list';
import { startFixtureHost, type FixtureHost } from '../issuing/fixture-host';
import { ob3Credential } from '../issuing/issue-ob3';
import { didKeyIssuer, type IssuerKey } from '../issuing/issuer-keys';
import { statusListCredential, type StatusListOptions } from '../issuing/status-list';
import { checkStatus } from './check-status';
import type { BadgeFacts, Ob2Details } from './facts';
import { readOb3 } from './read-ob3';

const NOW = new Date('2026-06-01T12:00:00Z');
let host: FixtureHost;
let issuer: IssuerKey;
let other: IssuerKey;
let serial = 0;

beforeAll(async () => {
  host = await startFixtureHost();
  issuer = await didKeyIssuer('status-test-issuer');
  other = await didKeyIssuer('status-test-other');
});
afterAll(async () => host.close());

/** Publishes a list on the fixture host and returns its URL. */
async function publish(options: Omit<StatusListOptions, 'issuer' | 'url'> & { issuer?: IssuerKey }): Promise<string> {
  const url = `${host.base}/status/${++serial}`;
  host.documents.set(url, await statusListCredential({ issuer, ...options, url }));
  return url;
}

/** The facts of an OB 3.0 credential by `issuer` with these credentialStatus entries. */
function factsWith(status: unknown, extra: Record<string, unknown> = {}): BadgeFacts {
  const credential = ob3Credential({
    issuer,
    issuerName: 'Status Test Academy',
    achievement: { id: 'https://academy.example/a/1', name: 'A', description: 'A', criteria: 'A' },
    recipientEmail: 'a@example.test',
  });
  return readOb3({ ...credential, credentialStatus: status, ...extra });
}
const entry = (url: string, index: string | number, more: Record<string, unknown> = {}) => ({
  id: `${url}#${index}`,
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: index,
  statusListCredential: url,
  ...more,
});

/** Every code and note the check produced has its own sentence (no fallback text). */
function rendered(result: CheckResult): CheckResult {
  for (const code of [result.code, ...(result.notes ?? []).map((n) => n.code)]) expect(statusReasons[code], `renderer for ${code}`).toBeDefined();
  expect(renderReason(result)).not.toMatch(/status check:/);
  return result;
}
const check = async (facts: BadgeFacts, now = NOW) => rendered(await checkStatus(facts, now));
const noteCodes = (result: CheckResult) => (result.notes ?? []).map((n) => n.code);

describe('BitstringStatusList', () => {
  it('an unset entry → ok, not_revoked, no notes; a set one → revoked', async () => {
    const url = await publish({ setIndexes: [42] });
    expect(await check(factsWith(entry(url, '41')))).toEqual({ check: 'status', status: 'ok', code: 'not_revoked', params: { url } });
    expect(await check(factsWith(entry(url, '42')))).toMatchObject({ status: 'failed', code: 'revoked' });
  });

  it('suspension: a set bit on a suspension list → suspended; a list serving both purposes answers either', async () => {
    const suspension = await publish({ setIndexes: [9], purpose: 'suspension' });
    expect(await check(factsWith(entry(suspension, '9', { statusPurpose: 'suspension' })))).toMatchObject({ status: 'failed', code: 'suspended' });
    const both = await publish({ setIndexes: [9], purpose: ['revocation', 'suspension'] });
    expect(await check(factsWith(entry(both, '9', { statusPurpose: 'suspension' })))).toMatchObject({ code: 'suspended' });
    expect(await check(factsWith(entry(both, '8', { statusPurpose: 'revocation' })))).toMatchObject({ status: 'ok' });
  });

  it('purposes must agree: a suspension entry on a revocation list → purpose_mismatch', async () => {
    const url = await publish({ setIndexes: [] });
    expect(await check(factsWith(entry(url, '4', { statusPurpose: 'suspension' })))).toMatchObject({
      status: 'failed',
      code: 'purpose_mismatch',
      params: { purpose: 'suspension', listPurposes: ['revocation'] },
    });
  });

  it('the list must verify: tampered → list_invalid_proof, unsigned → list_unsigned, signed by a key its claimed issuer does not hold → list_wrong_signer', async () => {
    const tampered = await publish({ setIndexes: [5], tamper: true });
    expect(await check(factsWith(entry(tampered, '5')))).toMatchObject({ status: 'failed', code: 'list_invalid_proof' });
    const unsigned = await publish({ setIndexes: [], unsigned: true });
    expect(await check(factsWith(entry(unsigned, '5')))).toMatchObject({ status: 'failed', code: 'list_unsigned' });
    const forged = await publish({ issuer: other, claimIssuer: issuer.did, setIndexes: [] });
    expect(await check(factsWith(entry(forged, '5')))).toMatchObject({
      status: 'failed',
      code: 'list_wrong_signer',
      params: { listIssuer: issuer.did, controller: other.did },
    });
  });

  it("another issuer's honest list is read, with a foreign_list note; its revocations count", async () => {
    const shared = await publish({ issuer: other, setIndexes: [3] });
    const ok = await check(factsWith(entry(shared, '2')));
    expect(ok).toMatchObject({ status: 'warning', code: 'not_revoked' });
    expect(ok.notes).toEqual([{ code: 'foreign_list', params: { url: shared, listIssuer: other.did } }]);
    expect(await check(factsWith(entry(shared, '3')))).toMatchObject({ status: 'failed', code: 'revoked' });
  });

  it("the list's own validity window is judged at `now`: expired, not yet valid, fine inside it", async () => {
    const url = await publish({ setIndexes: [], validFrom: '2026-01-01T00:00:00Z', validUntil: '2026-03-01T00:00:00Z' });
    expect(await check(factsWith(entry(url, '1')))).toMatchObject({ status: 'failed', code: 'list_expired', params: { validUntil: '2026-03-01T00:00:00Z' } });
    expect(await check(factsWith(entry(url, '1')), new Date('2025-12-01T00:00:00Z'))).toMatchObject({ status: 'failed', code: 'list_not_yet_valid' });
    expect(await check(factsWith(entry(url, '1')), new Date('2026-02-01T00:00:00Z'))).toMatchObject({ status: 'ok', code: 'not_revoked' });
  });

  it('the list must say what it is: no BitstringStatusListCredential type, or a subject that is not a BitstringStatusList → list_wrong_type', async () => {
    const noType = await publish({ setIndexes: [], omitType: 'credential' });
    expect(await check(factsWith(entry(noType, '1')))).toMatchObject({
      status: 'failed',
      code: 'list_wrong_type',
      params: { expected: 'BitstringStatusListCredential', found: ['VerifiableCredential'] },
    });
    const noSubjectType = await publish({ setIndexes: [], omitType: 'subject' });
    expect(await check(factsWith(entry(noSubjectType, '1')))).toMatchObject({ code: 'list_wrong_type', params: { expected: 'BitstringStatusList' } });
  });

  it('the index: a number is read with a note; not a whole number → malformed_entry; past the end → index_out_of_range', async () => {
    const url = await publish({ setIndexes: [7] });
    const numeric = await check(factsWith(entry(url, 7)));
    expect(numeric).toMatchObject({ status: 'failed', code: 'revoked' });
    expect(noteCodes(numeric)).toEqual(['index_not_string']);
    for (const bad of ['seven', '-1', '1.5', -1]) {
      expect(await check(factsWith(entry(url, bad)))).toMatchObject({
        status: 'failed',
        code: 'malformed_entry',
        params: { field: 'statusListIndex', problem: 'not_integer' },
      });
    }
    expect(await check(factsWith(entry(url, '131072')))).toMatchObject({
      status: 'failed',
      code: 'index_out_of_range',
      params: { index: '131072', entries: 131072 },
    });
    expect(await check(factsWith(entry(url, '131071')))).toMatchObject({ status: 'ok' });
  });

  it('a list shorter than 131,072 entries is read, with a list_too_short warning (publisher MUST, see status-bitstring.ts)', async () => {
    const url = await publish({ setIndexes: [8], entries: 100_000 });
    const ok = await check(factsWith(entry(url, '6')));
    expect(ok).toMatchObject({ status: 'warning', code: 'not_revoked' });
    expect(ok.notes).toEqual([{ code: 'list_too_short', params: { url, entries: 100_000, minimum: 131_072 } }]);
    expect(await check(factsWith(entry(url, '8')))).toMatchObject({ status: 'failed', code: 'revoked' });
  });

  it('statusSize 2 with statusMessage: a message entry reports its message; a revocation entry is revoked by any non-zero value', async () => {
    const messages = [
      { status: '0x0', message: 'pending_review' },
      { status: '0x1', message: 'accepted' },
      { status: '0x2', message: 'rejected' },
      { status: '0x3', message: 'undefined' },
    ];
    const url = await publish({ statusSize: 2, values: { 10: 2, 11: 1 }, purpose: ['message', 'revocation'] });
    const message = await check(factsWith(entry(url, '10', { statusPurpose: 'message', statusSize: 2, statusMessage: messages })));
    expect(message).toMatchObject({
      status: 'warning',
      code: 'not_revoked',
      notes: [{ code: 'status_message', params: { status: '0x2', message: 'rejected' } }],
    });
    expect(await check(factsWith(entry(url, '11', { statusSize: 2, statusMessage: messages })))).toMatchObject({
      status: 'failed',
      code: 'revoked',
      params: { status: '0x1' },
    });
    expect(await check(factsWith(entry(url, '12', { statusSize: 2, statusMessage: messages })))).toMatchObject({ status: 'ok' });
  });

  it('statusSize > 1 needs a statusMessage of the right length; statusSize must be a positive integer', async () => {
    const url = await publish({ statusSize: 2, values: {} });
    expect(await check(factsWith(entry(url, '1', { statusSize: 2 })))).toMatchObject({
      code: 'malformed_entry',
      params: { field: 'statusMessage', problem: 'missing' },
    });
    const three = [
      { status: '0x0', message: 'a' },
      { status: '0x1', message: 'b' },
      { status: '0x2', message: 'c' },
    ];
    expect(await check(factsWith(entry(url, '1', { statusSize: 2, statusMessage: three })))).toMatchObject({
      code: 'malformed_entry',
      params: { field: 'statusMessage', problem: 'wrong_length', expected: 4, found: 3 },
    });
    expect(await check(factsWith(entry(url, '1', { statusSize: 0 })))).toMatchObject({ code: 'malformed_entry', params: { field: 'statusSize' } });
    expect(await check(factsWith(entry(url, '1', { statusSize: '2' })))).toMatchObject({ code: 'malformed_entry', params: { field: 'statusSize' } });
  });

  it('encoding: a Bitstring list without the multibase "u" → bad_list encoding; a compression bomb → bad_list too_large', async () => {
    const plain = await publish({ setIndexes: [], encoding: 'plain' });
    expect(await check(factsWith(entry(plain, '1')))).toMatchObject({ status: 'failed', code: 'bad_list', params: { problem: 'encoding' } });
    const bomb = await publish({ encodedList: `u${gzipSync(Buffer.alloc(17 * 1024 * 1024)).toString('base64url')}` });
    expect(await check(factsWith(entry(bomb, '1')))).toMatchObject({ status: 'failed', code: 'bad_list', params: { problem: 'too_large' } });
  });

  it('a missing list → list_unavailable (failed); a list that does not answer → skipped, network', async () => {
    const missing = `${host.base}/status/missing`;
    expect(await check(factsWith(entry(missing, '1')))).toMatchObject({
      status: 'failed',
      code: 'list_unavailable',
      params: { url: missing, reason: 'status', httpStatus: 404 },
    });
    host.hang.add('/status/slow');
    expect(await check(factsWith(entry(`${host.base}/status/slow`, '1')))).toMatchObject({ status: 'skipped', code: 'network' });
  }, 15_000);

  it('several entries: a suspension on one and nothing on the other → suspended; notes from both are kept', async () => {
    const revocation = await publish({ setIndexes: [], entries: 100_000 });
    const suspension = await publish({ setIndexes: [5], purpose: 'suspension' });
    const result = await check(factsWith([entry(revocation, '5'), entry(suspension, '5', { statusPurpose: 'suspension' })]));
    expect(result).toMatchObject({ status: 'failed', code: 'suspended' });
    expect(noteCodes(result)).toEqual(['list_too_short']);
  });
});

describe('StatusList2021', () => {
  const entry2021 = (url: string, index: string) => ({
    id: `${url}#${index}`,
    type: 'StatusList2021Entry',
    statusPurpose: 'revocation',
    statusListIndex: index,
    statusListCredential: url,
  });

  it('plain base64url (and multibase) lists are read; revoked and not; VC 1.1 expirationDate is the window', async () => {
    const url = await publish({ kind: 'StatusList2021', setIndexes: [12] });
    expect(await check(factsWith(entry2021(url, '11')))).toMatchObject({ status: 'ok', code: 'not_revoked' });
    expect(await check(factsWith(entry2021(url, '12')))).toMatchObject({ status: 'failed', code: 'revoked' });
    const multibase = await publish({ kind: 'StatusList2021', setIndexes: [12], encoding: 'multibase' });
    expect(await check(factsWith(entry2021(multibase, '12')))).toMatchObject({ code: 'revoked' });
    const expired = await publish({ kind: 'StatusList2021', setIndexes: [], validUntil: '2026-02-01T00:00:00Z' });
    expect(await check(factsWith(entry2021(expired, '1')))).toMatchObject({ status: 'failed', code: 'list_expired' });
  });

  it('a BitstringStatusListCredential is not a StatusList2021Credential', async () => {
    const url = await publish({ setIndexes: [] });
    expect(await check(factsWith(entry2021(url, '1')))).toMatchObject({
      status: 'failed',
      code: 'list_wrong_type',
      params: { expected: 'StatusList2021Credential' },
    });
  });
});

describe('1EdTechRevocationList', () => {
  const revocationList = (revoked: Parameters<typeof oneEdTechRevocationList>[0]['revoked']) => {
    const url = `${host.base}/revocations/${++serial}`;
    host.documents.set(url, oneEdTechRevocationList({ url, issuer: issuer.did, revoked }));
    return url;
  };
  const id = 'urn:uuid:5b1c2f0e-8a7d-4c55-9a51-1f2d1e0c9a11';

  it('a credential that used to be refused as unreadable is read', () => {
    expect(factsWith({ id: 'https://x.example/revocations', type: '1EdTechRevocationList' }).status).toEqual([
      { type: '1EdTechRevocationList', listUrl: 'https://x.example/revocations', index: null, purpose: null, statusSize: undefined, statusMessage: undefined },
    ]);
  });

  it('listed → revoked with its reason; listed with revoked: false, or not listed → not_on_revocation_list', async () => {
    const url = revocationList([
      { id, reason: 'Issued in error' },
      { id: 'urn:uuid:other', revoked: false },
    ]);
    expect(await check(factsWith({ id: url, type: '1EdTechRevocationList' }, { id }))).toMatchObject({
      status: 'failed',
      code: 'revoked',
      params: { reason: 'Issued in error' },
    });
    expect(await check(factsWith({ id: url, type: '1EdTechRevocationList' }, { id: 'urn:uuid:other' }))).toMatchObject({
      status: 'ok',
      code: 'not_on_revocation_list',
    });
    expect(await check(factsWith({ id: url, type: '1EdTechRevocationList' }, { id: 'urn:uuid:third' }))).toMatchObject({
      status: 'ok',
      code: 'not_on_revocation_list',
    });
  });

  it('an unreachable list is a warning, as Open Badges 3.0 says; a credential without id cannot be looked up', async () => {
    expect(await check(factsWith({ id: `${host.base}/revocations/none`, type: '1EdTechRevocationList' }, { id }))).toMatchObject({
      status: 'warning',
      code: 'revocation_list_unavailable',
    });
    const url = revocationList([]);
    expect(await check(factsWith({ id: url, type: '1EdTechRevocationList' }, { id: undefined }))).toMatchObject({
      status: 'warning',
      code: 'no_credential_id',
    });
  });
});

describe('other status types and OB 2.0', () => {
  it('an unsupported status type → warning unsupported, naming it', async () => {
    expect(await check(factsWith({ id: 'https://x.example/s', type: 'RevocationList2020Status' }))).toMatchObject({
      status: 'warning',
      code: 'unsupported',
      params: { type: 'RevocationList2020Status' },
    });
  });

  const ob2Facts = (ob2: Partial<Ob2Details>): BadgeFacts => ({
    ...factsWith(undefined),
    format: 'ob2',
    status: [],
    ob2: {
      assertionId: 'https://college.example/assertions/1',
      verificationType: 'signed',
      creator: null,
      revoked: false,
      revocationReason: null,
      issuerProfile: null,
      revocationList: null,
      publicKeys: [],
      ...ob2,
    },
  });

  it('OB 2.0 revocationList: by id, by uid, as a plain string; not listed → ok; missing list → list_unavailable', async () => {
    const assertion = 'https://college.example/assertions/1';
    for (const [name, listed] of [
      ['id', { id: assertion, revocationReason: 'Cheated' }],
      ['uid', { uid: assertion, revocationReason: 'Cheated' }],
      ['string', assertion],
    ] as const) {
      const url = `${host.base}/ob2/revocations-${name}`;
      host.documents.set(url, { '@context': 'https://w3id.org/openbadges/v2', type: 'RevocationList', revokedAssertions: [listed] });
      expect(await check(ob2Facts({ revocationList: url })), name).toMatchObject({ status: 'failed', code: 'revoked' });
      expect(await check(ob2Facts({ revocationList: url, assertionId: 'https://college.example/assertions/2' }))).toMatchObject({
        status: 'ok',
        code: 'not_on_revocation_list',
      });
    }
    expect(await check(ob2Facts({ revocationList: `${host.base}/ob2/none` }))).toMatchObject({ status: 'failed', code: 'list_unavailable' });
    expect(await check(ob2Facts({ revoked: true, revocationReason: 'Withdrawn' }))).toMatchObject({
      status: 'failed',
      code: 'revoked',
      params: { reason: 'Withdrawn' },
    });
    expect(await check(ob2Facts({}))).toMatchObject({ status: 'skipped', code: 'not_applicable' });
  });
});
