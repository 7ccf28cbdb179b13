import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

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
    expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL })).toThrowError(
      /ELASTICSEARCH_URL[\s\S]*NEXTAUTH_SECRET[\s\S]*npm start/,
    );
  });

  it('refuses a short secret and a database URL of another kind', () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: 'short' })).toThrowError(/NEXTAUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ ...valid, DATABASE_URL: 'mysql://x' })).toThrowError(/DATABASE_URL: must start with postgres/);
  });
});
