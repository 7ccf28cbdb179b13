import { describe, expect, it } from 'vitest';
import {
  addressFromPath,
  listOf,
  MAX_EXTRA_ADDRESSES,
  parseAddress,
  refuseAdding,
  refuseMakingPrimary,
  refuseRemoving,
  type AccountAddresses,
} from './email-address-rules';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const account = (overrides: Partial<AccountAddresses> = {}): AccountAddresses => ({
  primary: { address: 'ada@example.org', verifiedAt: day(1) },
  extras: [
    { address: 'ada@school.example', verifiedAt: day(3), createdAt: day(2) },
    { address: 'ada@work.example', verifiedAt: null, createdAt: day(4) },
  ],
  ...overrides,
});

describe('parseAddress', () => {
  it('trims and lower-cases an address', () => {
    expect(parseAddress('  Ada.Lovelace@Example.ORG ')).toBe('ada.lovelace@example.org');
  });
  it('refuses what is not an address, with the message on the email field', () => {
    for (const raw of ['', 'ada', 'ada@', '@example.org', 42, null, `${'a'.repeat(250)}@example.org`]) {
      expect(() => parseAddress(raw), String(raw)).toThrowError(
        expect.objectContaining({ code: 'input:invalid', details: { fields: { email: [expect.any(String)] } } }),
      );
    }
  });
});

describe('listOf', () => {
  it('puts the sign-in address first, then the added ones oldest first', () => {
    const shuffled = account({ extras: [...account().extras].reverse() });
    expect(listOf(shuffled, day(1)).map(({ address, primary, verified }) => ({ address, primary, verified }))).toEqual([
      { address: 'ada@example.org', primary: true, verified: true },
      { address: 'ada@school.example', primary: false, verified: true },
      { address: 'ada@work.example', primary: false, verified: false },
    ]);
  });
});

describe('refuseAdding', () => {
  it('allows a new address', () => {
    expect(refuseAdding(account(), 'ada@club.example')).toBeNull();
  });
  it('refuses the sign-in address and an address already added, verified or waiting', () => {
    expect(refuseAdding(account(), 'ada@example.org')).toMatchObject({ code: 'email:already_added', message: 'This is already your sign-in address.' });
    expect(refuseAdding(account(), 'ada@school.example')).toMatchObject({ code: 'email:already_added', message: expect.stringContaining('verified') });
    expect(refuseAdding(account(), 'ada@work.example')).toMatchObject({ code: 'email:already_added', message: expect.stringContaining('Send the link again') });
  });
  it(`refuses a ${MAX_EXTRA_ADDRESSES + 1}th added address, waiting ones included`, () => {
    const extras = Array.from({ length: MAX_EXTRA_ADDRESSES }, (_, i) => ({
      address: `ada${i}@example.net`,
      verifiedAt: i % 2 ? day(2) : null,
      createdAt: day(1),
    }));
    expect(refuseAdding(account({ extras }), 'ada@club.example')).toMatchObject({
      code: 'email:limit_reached',
      details: { fields: { email: [expect.stringContaining('Remove one')] } },
    });
    expect(refuseAdding(account({ extras: extras.slice(1) }), 'ada@club.example')).toBeNull();
  });
});

describe('refuseMakingPrimary', () => {
  it('allows a verified added address, and the sign-in address itself (nothing to do)', () => {
    expect(refuseMakingPrimary(account(), 'ada@school.example')).toBeNull();
    expect(refuseMakingPrimary(account(), 'ada@example.org')).toBeNull();
  });
  it('refuses an address waiting for its link, and one not on the account', () => {
    expect(refuseMakingPrimary(account(), 'ada@work.example')).toMatchObject({ code: 'email:not_verified' });
    expect(refuseMakingPrimary(account(), 'someone@else.example')).toMatchObject({ code: 'not_found' });
  });
});

describe('refuseRemoving', () => {
  it('allows an added address, verified or waiting, while another verified one remains', () => {
    expect(refuseRemoving(account(), 'ada@school.example')).toBeNull();
    expect(refuseRemoving(account(), 'ada@work.example')).toBeNull();
  });
  it('never removes the sign-in address', () => {
    expect(refuseRemoving(account(), 'ada@example.org')).toMatchObject({ code: 'email:cannot_remove', message: expect.stringContaining('sign-in address') });
  });
  it('never removes the only verified address (the sign-in address still waiting for its link)', () => {
    const unverifiedPrimary = account({ primary: { address: 'ada@example.org', verifiedAt: null } });
    expect(refuseRemoving(unverifiedPrimary, 'ada@school.example')).toMatchObject({
      code: 'email:cannot_remove',
      message: expect.stringContaining('only verified'),
    });
    expect(refuseRemoving(unverifiedPrimary, 'ada@work.example')).toBeNull();
    const twoVerified = account({
      primary: { address: 'ada@example.org', verifiedAt: null },
      extras: [...account().extras, { address: 'ada@club.example', verifiedAt: day(5), createdAt: day(5) }],
    });
    expect(refuseRemoving(twoVerified, 'ada@school.example')).toBeNull();
  });
  it('answers not found for an address that is not on the account', () => {
    expect(refuseRemoving(account(), 'someone@else.example')).toMatchObject({ code: 'not_found' });
  });
});

describe('addressFromPath', () => {
  it('reads an address percent-encoded or not, lower-cased', () => {
    expect(addressFromPath('Ada%40School.example')).toBe('ada@school.example');
    expect(addressFromPath('ada@school.example')).toBe('ada@school.example');
    expect(addressFromPath('ada%2Bbadges%40school.example')).toBe('ada+badges@school.example');
  });
  it('names nothing for text that is not an address (bad escapes included)', () => {
    for (const segment of ['', 'ada', '%', '%E0%A4%A', '00000000-0000-4000-8000-000000000000', 'ada%40', 'a%2540b.example'])
      expect(addressFromPath(segment), segment).toBeNull();
  });
});
