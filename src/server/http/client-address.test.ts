import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('reads the address our server recorded, from Headers or a plain record', () => {
    expect(clientAddress(new Headers({ 'x-badgeboard-client-ip': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(
      clientAddress({
        'x-badgeboard-client-ip': '2001:DB8::1',
        host: 'localhost',
      }),
    ).toBe('2001:db8::/64');
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it does not escape a limit', () => {
    const of = (ip: string) => clientAddress(new Headers({ 'x-badgeboard-client-ip': ip }));
    expect(of('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(of('2001:db8:1:2:ffff:ffff:ffff:fffe')).toBe(of('2001:db8:1:2::9'));
    expect(of('2001:db8:1:3::1')).not.toBe(of('2001:db8:1:2::1'));
    expect(of('::ffff:192.0.2.4')).toBe('192.0.2.4');
  });

  it('never reads X-Forwarded-For, and answers "unknown" (one shared bucket) when our server did not run', () => {
    expect(
      clientAddress(
        new Headers({
          'x-forwarded-for': '198.51.100.1',
          'x-real-ip': '198.51.100.2',
        }),
      ),
    ).toBe('unknown');
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1' })).toBe('unknown');
    expect(clientAddress(undefined)).toBe('unknown');
  });

  it('refuses a value that is not one address', () => {
    expect(clientAddress(new Headers({ 'x-badgeboard-client-ip': '1.1.1.1, 2.2.2.2' }))).toBe('unknown');
    expect(clientAddress({ 'x-badgeboard-client-ip': ['1.1.1.1'] })).toBe('unknown');
  });
});
