// Postgres errors a client can cause become 4xx with our own message; the database's text never reaches the response.
// Real errors from an in-memory PGlite (the same engine the app runs on without a server), raw and wrapped by drizzle.
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, fromDatabaseError, toActionResult, toResponse } from './errors';

let client: PGlite;
let db: ReturnType<typeof drizzle>;

beforeAll(async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  client = await PGlite.create();
  db = drizzle(client);
  await client.exec(`
    create table badges (id uuid primary key default gen_random_uuid(), user_id text not null, credential_key text not null, name varchar(10), raw jsonb);
    create unique index badges_user_credential_key on badges (user_id, credential_key);
    create table other (slug text unique);
    insert into badges (user_id, credential_key) values ('u1', 'k1');
    insert into other values ('taken');
  `);
}, 30_000);
afterAll(() => client?.close());

/** The error a statement fails with, from PGlite directly and through drizzle (which wraps it in DrizzleQueryError). */
async function failures(statement: string): Promise<unknown[]> {
  const raw = await client.query(statement).then(
    () => null,
    (error: unknown) => error,
  );
  const wrapped = await db.execute(sql.raw(statement)).then(
    () => null,
    (error: unknown) => error,
  );
  expect(raw).not.toBeNull();
  expect(wrapped).not.toBeNull();
  return [raw, wrapped];
}

async function bodyOf(error: unknown) {
  const response = toResponse(error);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as { code: string; detail: string; status: number };
  expect(problem.status).toBe(response.status);
  // The old shape's names, so each case reads as before: `error.code`, `error.message`.
  return { status: response.status, body: { error: { code: problem.code, message: problem.detail } } };
}

describe('Postgres errors mapped once', () => {
  it('23505 on badges_user_credential_key (a concurrent duplicate import) → 409 with the badge message', async () => {
    for (const error of await failures(`insert into badges (user_id, credential_key) values ('u1', 'k1')`)) {
      const { status, body } = await bodyOf(error);
      expect(status).toBe(409);
      expect(body.error).toEqual({ code: 'conflict', message: 'This badge is already on your CV. Each badge can be attached once.' });
    }
  });

  it('23505 on any other unique index → 409 with a generic message naming no table or constraint', async () => {
    for (const error of await failures(`insert into other values ('taken')`)) {
      const { status, body } = await bodyOf(error);
      expect(status).toBe(409);
      expect(body.error.message).not.toMatch(/other|slug|key|duplicate/i);
    }
  });

  it('22P02 (a non-UUID id) → 404', async () => {
    for (const error of await failures(`delete from badges where id = 'not-a-uuid'`)) {
      expect(await bodyOf(error)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    }
  });

  it('a NUL byte in text (22021) and \\u0000 in jsonb (22P05) → 400', async () => {
    const nulText = await client.query('insert into badges (user_id, credential_key) values ($1, $2)', ['u2', 'a\u0000b']).then(
      () => null,
      (e: unknown) => e,
    );
    expect(nulText).not.toBeNull();
    for (const error of [nulText, ...(await failures(`insert into badges (user_id, credential_key, raw) values ('u3', 'k', '{"a":"\\u0000"}')`))]) {
      const { status, body } = await bodyOf(error);
      expect(status).toBe(400);
      expect(body.error.code).toBe('input:invalid');
      expect(body.error.message).toMatch(/NUL/);
      expect(body.error.message).not.toMatch(/UTF8|0x00|encoding|jsonb/i);
    }
  });

  it('22001 (value too long) → 400', async () => {
    for (const error of await failures(`insert into badges (user_id, credential_key, name) values ('u4', 'k', 'far too long a name')`)) {
      const { status, body } = await bodyOf(error);
      expect(status).toBe(400);
      expect(body.error.message).not.toMatch(/varying|character|varchar/i);
    }
  });

  it('server actions get the same mapping', async () => {
    const [error] = await failures(`insert into badges (user_id, credential_key) values ('u1', 'k1')`);
    expect(toActionResult(error)).toEqual({
      ok: false,
      code: 'conflict',
      message: 'This badge is already on your CV. Each badge can be attached once.',
      fields: undefined,
    });
  });

  it('a fault of ours stays a 500 with no database text (e.g. a missing table)', async () => {
    const errors = await failures('select * from no_such_table');
    const originalError = console.error;
    console.error = () => {};
    try {
      for (const error of errors) {
        expect(fromDatabaseError(error)).toBeNull();
        const { status, body } = await bodyOf(error);
        expect(status).toBe(500);
        expect(JSON.stringify(body)).not.toMatch(/no_such_table/);
      }
    } finally {
      console.error = originalError;
    }
  });

  it('an object that merely has a code property that is not a SQLSTATE is not mistaken for one', () => {
    expect(fromDatabaseError({ code: 'ECONNREFUSED' })).toBeNull();
    expect(fromDatabaseError(new AppError('conflict', 'x'))).toBeNull();
    expect(fromDatabaseError({ code: '23505', constraint: 'constructor' })?.message).toBe('This already exists. Reload the page to see the current state.');
  });
});
