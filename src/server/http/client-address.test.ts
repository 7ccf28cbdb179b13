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
    ).toBe('2001:db8::1');
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
