import { describe, expect, it } from 'vitest';
import { parseBackgroundEnv, parseEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/badgeboard',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
  NEXTAUTH_SECRET: 'x'.repeat(40),
};

describe('parseEnv', () => {
  it('accepts a complete environment and fills defaults', () => {
    const parsed = parseEnv(valid);
    expect(parsed.ELASTICSEARCH_INDEX_PREFIX).toBe('badgeboard_');
    expect(parsed.OUTBOX_DRAINER).toBe('on');
  });

  it('accepts an embedded PGlite store', () => {
    expect(parseEnv({ ...valid, DATABASE_URL: 'pglite:.data/pglite' }).DATABASE_URL).toBe('pglite:.data/pglite');
  });

  it('names every missing variable and says what to do', () => {
    expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL })).toThrowError(/ELASTICSEARCH_URL[\s\S]*NEXTAUTH_SECRET[\s\S]*npm start/);
  });

  it('requires NEXTAUTH_URL in production outside local mode (mail links never come from a request Host)', () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: 'production' })).toThrowError(/NEXTAUTH_URL: set it/);
    expect(parseEnv({ ...valid, NODE_ENV: 'production', NEXTAUTH_URL: 'https://jobs.example.org' }).NEXTAUTH_URL).toBe('https://jobs.example.org');
    expect(parseEnv({ ...valid, NODE_ENV: 'production', BADGEBOARD_LOCAL_MODE: '1' }).NEXTAUTH_URL).toBeUndefined();
  });

  it('refuses a short secret and a database URL of another kind', () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: 'short' })).toThrowError(/NEXTAUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ ...valid, DATABASE_URL: 'mysql://x' })).toThrowError(/DATABASE_URL: must start with postgres/);
  });

  it('reads TRUSTED_PROXIES as ranges, trusts nobody by default, and names an entry it cannot read', () => {
    expect(parseEnv(valid).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ ...valid, TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES.map((range) => range.prefix)).toEqual([8, 128]);
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: '10.0.0.0/8,10.0.0/8' })).toThrowError(
      /TRUSTED_PROXIES: "10\.0\.0\/8" is not an IP address or CIDR range/,
    );
  });
});

describe('parseBackgroundEnv', () => {
  it('defaults to background work in the app, a daily check and batches of 200; reads numbers from strings', () => {
    expect(parseBackgroundEnv({})).toEqual({ BADGEBOARD_BACKGROUND: 'on', REVERIFY_INTERVAL_HOURS: 24, REVERIFY_BATCH_SIZE: 200 });
    expect(parseBackgroundEnv({ BADGEBOARD_BACKGROUND: 'off', REVERIFY_INTERVAL_HOURS: '6.5', REVERIFY_BATCH_SIZE: '50' })).toEqual({
      BADGEBOARD_BACKGROUND: 'off',
      REVERIFY_INTERVAL_HOURS: 6.5,
      REVERIFY_BATCH_SIZE: 50,
    });
    // The web app reads the same variables.
    expect(parseEnv({ ...valid, BADGEBOARD_BACKGROUND: 'off' }).BADGEBOARD_BACKGROUND).toBe('off');
    expect(parseBackgroundEnv({ BADGEBOARD_BACKGROUND: 'outbox' }).BADGEBOARD_BACKGROUND).toBe('outbox');
  });

  it('names a value it refuses and says where to read about it, without asking for the web secrets', () => {
    expect(() => parseBackgroundEnv({ BADGEBOARD_BACKGROUND: 'no' })).toThrowError(/BADGEBOARD_BACKGROUND[\s\S]*Background work and the worker/);
    expect(() => parseBackgroundEnv({ REVERIFY_BATCH_SIZE: '0' })).toThrowError(/REVERIFY_BATCH_SIZE: must be at least 1/);
    expect(() => parseBackgroundEnv({ REVERIFY_BATCH_SIZE: '2.5' })).toThrowError(/REVERIFY_BATCH_SIZE: must be a whole number/);
    expect(() => parseBackgroundEnv({ REVERIFY_INTERVAL_HOURS: 'daily' })).toThrowError(/REVERIFY_INTERVAL_HOURS/);
    expect(() => parseBackgroundEnv({ REVERIFY_INTERVAL_HOURS: '0' })).toThrowError(/REVERIFY_INTERVAL_HOURS: must be at least 0.1/);
  });
});
