import { describe, expect, it } from 'vitest';
import { parseIpRangeList, type IpRange } from './ip-ranges';
import { readClientAddressHeader, resolveClientAddress } from './resolve-client-address';

function trust(list: string): IpRange[] {
  const parsed = parseIpRangeList(list);
  if (!parsed.ok) throw new Error(`bad test list ${list}`);
  return parsed.ranges;
}

describe('resolveClientAddress', () => {
  it('uses the socket address when nothing is trusted, whatever X-Forwarded-For says', () => {
    expect(
      resolveClientAddress({
        socketAddress: '203.0.113.7',
        forwardedFor: '198.51.100.1',
        trusted: [],
      }),
    ).toBe('203.0.113.7');
    expect(
      resolveClientAddress({
        socketAddress: '::ffff:203.0.113.7',
        forwardedFor: undefined,
        trusted: [],
      }),
    ).toBe('203.0.113.7');
    expect(
      resolveClientAddress({
        socketAddress: '2001:DB8::0:7',
        forwardedFor: undefined,
        trusted: [],
      }),
    ).toBe('2001:db8::7');
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy (a rotated header is the same client)', () => {
    const trusted = trust('10.0.0.0/8');
    for (const spoof of ['1.1.1.1', '2.2.2.2, 10.0.0.5', '10.0.0.1']) {
      expect(
        resolveClientAddress({
          socketAddress: '198.51.100.20',
          forwardedFor: spoof,
          trusted,
        }),
      ).toBe('198.51.100.20');
    }
  });

  it('behind a trusted proxy, takes the address the proxy appended, not what the client put before it', () => {
    const trusted = trust('10.0.0.0/8');
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '6.6.6.6, 203.0.113.7',
        trusted,
      }),
    ).toBe('203.0.113.7');
    expect(
      resolveClientAddress({
        socketAddress: '::ffff:10.0.0.2',
        forwardedFor: '203.0.113.7',
        trusted,
      }),
    ).toBe('203.0.113.7');
  });

  it('walks right to left through a chain of trusted proxies (IPv4 and IPv6, with ports, repeated headers)', () => {
    const trusted = trust('10.0.0.0/8, fd00::/8');
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '6.6.6.6, 2001:db8::9, 10.1.1.1, [fd00::4]:443',
        trusted,
      }),
    ).toBe('2001:db8::9');
    expect(
      resolveClientAddress({
        socketAddress: 'fd00::1',
        forwardedFor: ['6.6.6.6', '203.0.113.7:51234, 10.9.9.9'],
        trusted,
      }),
    ).toBe('203.0.113.7');
  });

  it('a client cannot hide behind a trusted address it writes itself', () => {
    const trusted = trust('10.0.0.0/8');
    // Spoofed "10.0.0.9" sits left of the real client: reading stops at the first untrusted hop, 203.0.113.7.
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '10.0.0.9, 203.0.113.7',
        trusted,
      }),
    ).toBe('203.0.113.7');
  });

  it('falls back to the nearest trusted hop when the chain ends, is empty or holds garbage', () => {
    const trusted = trust('10.0.0.0/8');
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: undefined,
        trusted,
      }),
    ).toBe('10.0.0.2');
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '10.0.0.3, 10.0.0.4',
        trusted,
      }),
    ).toBe('10.0.0.3');
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: 'not-an-ip, 10.0.0.4',
        trusted,
      }),
    ).toBe('10.0.0.4');
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '203.0.113.7, unknown',
        trusted,
      }),
    ).toBe('10.0.0.2');
  });

  it('has no answer for a socket without an address', () => {
    expect(
      resolveClientAddress({
        socketAddress: undefined,
        forwardedFor: '1.1.1.1',
        trusted: [],
      }),
    ).toBeNull();
  });
});

describe('readClientAddressHeader', () => {
  it('accepts only a well-formed address', () => {
    expect(readClientAddressHeader('203.0.113.7')).toBe('203.0.113.7');
    expect(readClientAddressHeader('2001:DB8::1')).toBe('2001:db8::1');
    expect(readClientAddressHeader('1.1.1.1, 2.2.2.2')).toBeNull();
    expect(readClientAddressHeader('')).toBeNull();
    expect(readClientAddressHeader(null)).toBeNull();
  });
});
