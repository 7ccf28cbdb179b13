import { describe, expect, it } from 'vitest';
import { parseIpRangeList } from './ip-ranges';
import { stampClientAddress, type NodeRequest } from './stamp-client-address';

const trusted = (() => {
  const parsed = parseIpRangeList('10.0.0.0/8');
  if (!parsed.ok) throw new Error('bad list');
  return parsed.ranges;
})();

function request(remoteAddress: string | undefined, headers: [string, string][]): NodeRequest {
  const record: Record<string, string> = {};
  for (const [name, value] of headers) record[name.toLowerCase()] = record[name.toLowerCase()] ? `${record[name.toLowerCase()]}, ${value}` : value;
  return {
    socket: { remoteAddress },
    headers: record,
    rawHeaders: headers.flat(),
  };
}

describe('stampClientAddress', () => {
  it('replaces a client-set address header with the socket address, in headers and raw headers', () => {
    const req = request('::ffff:203.0.113.7', [
      ['Host', 'badgeboard.test'],
      ['X-Badgeboard-Client-IP', '1.2.3.4'],
      ['x-badgeboard-client-ip', '5.6.7.8'],
    ]);
    expect(stampClientAddress(req, trusted)).toBe('203.0.113.7');
    expect(req.headers['x-badgeboard-client-ip']).toBe('203.0.113.7');
    expect(req.rawHeaders).toEqual(['Host', 'badgeboard.test', 'x-badgeboard-client-ip', '203.0.113.7']);
  });

  it('removes forwarding headers a client wrote itself, so nothing downstream believes them', () => {
    const req = request('198.51.100.9', [
      ['Host', 'badgeboard.test'],
      ['X-Forwarded-For', '6.6.6.6'],
      ['X-Forwarded-Host', 'evil.example'],
      ['X-Forwarded-Proto', 'https'],
      ['Forwarded', 'for=6.6.6.6'],
      ['X-Real-IP', '6.6.6.6'],
    ]);
    expect(stampClientAddress(req, trusted)).toBe('198.51.100.9');
    expect(req.headers).toEqual({
      host: 'badgeboard.test',
      'x-badgeboard-client-ip': '198.51.100.9',
    });
    expect(req.rawHeaders).toEqual(['Host', 'badgeboard.test', 'x-badgeboard-client-ip', '198.51.100.9']);
  });

  it('keeps a trusted proxy’s forwarding headers and takes the client from them', () => {
    const req = request('10.0.0.2', [
      ['X-Forwarded-For', '6.6.6.6, 203.0.113.7'],
      ['X-Forwarded-Host', 'badgeboard.example'],
      ['X-Badgeboard-Client-IP', '6.6.6.6'],
    ]);
    expect(stampClientAddress(req, trusted)).toBe('203.0.113.7');
    expect(req.headers).toEqual({
      'x-forwarded-for': '6.6.6.6, 203.0.113.7',
      'x-forwarded-host': 'badgeboard.example',
      'x-badgeboard-client-ip': '203.0.113.7',
    });
  });

  it('leaves the header unset when the socket has no address', () => {
    const req = request(undefined, [['X-Badgeboard-Client-IP', '1.2.3.4']]);
    expect(stampClientAddress(req, trusted)).toBeNull();
    expect(req.headers).toEqual({});
    expect(req.rawHeaders).toEqual([]);
  });
});
