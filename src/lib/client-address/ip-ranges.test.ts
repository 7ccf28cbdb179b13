import { describe, expect, it } from 'vitest';
import { formatIp, parseForwardedIp, parseIp, parseIpRange, parseIpRangeList, rangeContains } from './ip-ranges';

const canonical = (text: string) => {
  const address = parseIp(text);
  return address && formatIp(address);
};

describe('parseIp', () => {
  it('reads IPv4 strictly', () => {
    expect(canonical('203.0.113.7')).toBe('203.0.113.7');
    expect(canonical(' 10.0.0.1 ')).toBe('10.0.0.1');
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '010.0.0.1', '1.2.3.-4', '1.2.3.4 5', 'a.b.c.d', '']) expect(parseIp(bad), bad).toBeNull();
  });

  it('reads IPv6 in every written form and prints it canonically (RFC 5952)', () => {
    expect(canonical('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(canonical('2001:db8::1')).toBe('2001:db8::1');
    expect(canonical('[2001:db8::1]')).toBe('2001:db8::1');
    expect(canonical('::1')).toBe('::1');
    expect(canonical('::')).toBe('::');
    expect(canonical('fe80::1%eth0')).toBe('fe80::1');
    // The longest run of zero groups is shortened, the first on a tie, and never a single group.
    expect(canonical('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(canonical('2001:0:0:1:0:0:0:1')).toBe('2001:0:0:1::1');
    expect(canonical('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(canonical('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
    for (const bad of ['2001:db8::1::1', '1:2:3:4:5:6:7:8:9', '1::2:3:4:5:6:7:8', '12345::1', 'g::1', ':1::', '1.2.3.4::', '2001:db8:1'])
      expect(parseIp(bad), bad).toBeNull();
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(parseIp('::ffff:203.0.113.7')).toEqual({
      version: 4,
      bytes: new Uint8Array([203, 0, 113, 7]),
    });
    expect(canonical('::FFFF:cb00:7107')).toBe('203.0.113.7');
    // Only the ::ffff:0:0/96 prefix is a mapping; other IPv6 addresses ending in an IPv4 part stay IPv6.
    expect(parseIp('::1.2.3.4')?.version).toBe(6);
  });
});

describe('parseForwardedIp', () => {
  it('drops a port a proxy may have written', () => {
    expect(formatIp(parseForwardedIp('203.0.113.7:51234')!)).toBe('203.0.113.7');
    expect(formatIp(parseForwardedIp('[2001:db8::1]:443')!)).toBe('2001:db8::1');
    expect(formatIp(parseForwardedIp('2001:db8::1')!)).toBe('2001:db8::1');
    expect(parseForwardedIp('unknown')).toBeNull();
    expect(parseForwardedIp('203.0.113.7:port')).toBeNull();
  });
});

describe('ranges', () => {
  const inRange = (range: string, address: string) => rangeContains(parseIpRange(range)!, parseIp(address)!);

  it('matches IPv4 CIDR ranges on the prefix bits only', () => {
    expect(inRange('10.0.0.0/8', '10.255.1.2')).toBe(true);
    expect(inRange('10.0.0.0/8', '11.0.0.1')).toBe(false);
    expect(inRange('172.16.0.0/12', '172.31.255.255')).toBe(true);
    expect(inRange('172.16.0.0/12', '172.32.0.0')).toBe(false);
    expect(inRange('0.0.0.0/0', '198.51.100.1')).toBe(true);
    expect(inRange('192.168.1.5', '192.168.1.5')).toBe(true);
    expect(inRange('192.168.1.5', '192.168.1.6')).toBe(false);
  });

  it('matches IPv6 ranges, and IPv4 ranges against IPv4-mapped clients', () => {
    expect(inRange('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(inRange('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(inRange('fd00::/7', 'fdff::1')).toBe(true);
    expect(inRange('::1', '::1')).toBe(true);
    expect(inRange('10.0.0.0/8', '::ffff:10.1.2.3')).toBe(true);
    expect(inRange('::ffff:10.0.0.0/104', '10.1.2.3')).toBe(true);
    // IPv4 and IPv6 never match each other otherwise.
    expect(inRange('::/0', '10.0.0.1')).toBe(false);
    expect(inRange('0.0.0.0/0', '::1')).toBe(false);
  });

  it('refuses malformed ranges', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0/', '10.0.0/8', '::/129', '10.0.0.0/8/8', '10.0.0.0/-1', '10.0.0.0/ 8', 'localhost', '/8'])
      expect(parseIpRange(bad), bad).toBeNull();
  });

  it('reads a TRUSTED_PROXIES list and names every entry it could not read', () => {
    expect(parseIpRangeList('')).toEqual({ ok: true, ranges: [] });
    const list = parseIpRangeList(' 10.0.0.0/8, ::1 ,192.168.0.7,');
    expect(list.ok && list.ranges.map((r) => `${formatIp(r.address)}/${r.prefix}`)).toEqual(['10.0.0.0/8', '::1/128', '192.168.0.7/32']);
    expect(parseIpRangeList('10.0.0.0/8, 10.0.0.300, proxy.internal')).toEqual({
      ok: false,
      invalid: ['10.0.0.300', 'proxy.internal'],
    });
  });
});
