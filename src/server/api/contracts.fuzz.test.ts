// Fuzz every API contract's edge: whatever query string, path id or body a client sends, the definer answers with a
// success or a 4xx problem+json naming a known code — never a 5xx. The handler here only echoes, so this is the
// parsing of each route exactly as declared (the schemas the routes and the OpenAPI document share).
// Seeded and bounded: CI repeats the same cases; FUZZ_SEED explores others locally.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/server/auth/viewer';
import { errorCodes, statusOf, type ErrorCode } from '@/server/errors';
import type { RouteContract } from '@/server/http/contract';
import { assertEveryCallerLimited, createRoute, type Caller } from '@/server/http/define-route';
import { allContracts } from './contracts';

const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 20261202), numRuns: 150 };

const viewer: Viewer = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'fuzz@example.test',
  name: 'Fuzz',
  emailVerified: true,
  isAdmin: true,
  cvId: '22222222-2222-4222-8222-222222222222',
  orgs: [{ id: '33333333-3333-4333-8333-333333333333', name: 'Org', slug: 'org', role: 'owner' }],
};
const callerFor = (contract: RouteContract): Caller =>
  contract.auth.session ? { kind: 'session', address: '192.0.2.9', viewer } : { kind: 'anonymous', address: '192.0.2.9' };

/** Text with what broke things before: NUL, lone surrogates, huge numbers, long strings, separators. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '1e308',
    '-1',
    '0',
    '999999999999999999999',
    'NaN',
    'true',
    'skill:',
    'achievement:x',
    'x'.repeat(3000),
    '%',
    '[]',
    '{}',
    '2025-02-30',
  ),
  fc.uuid().map(String),
);

function keysOf(contract: RouteContract): string[] {
  return contract.query ? Object.keys(contract.query.shape) : [];
}

function queryArbitrary(contract: RouteContract) {
  const keys = fc.oneof(fc.constantFrom(...keysOf(contract), 'unknown'), fc.string({ maxLength: 6 }));
  return fc.array(fc.tuple(keys, nasty), { maxLength: 6 });
}

function bodyArbitrary(): fc.Arbitrary<{ body: Uint8Array; type: string }> {
  const type = fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/ld+json',
      'multipart/form-data',
      'multipart/form-data; boundary=b',
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
    ),
    fc.string({ maxLength: 20 }).map((t) => t.replace(/[\r\n]/g, '')),
  );
  const json = fc.jsonValue({ maxDepth: 3 }).map((value) => Buffer.from(JSON.stringify(value)));
  const shaped = fc
    .dictionary(
      fc.constantFrom('text', 'confirm', 'cvId', 'shortlistId', 'newListName', 'credential', 'file'),
      fc.oneof(nasty, fc.jsonValue({ maxDepth: 1 })),
      { maxKeys: 3 },
    )
    .map((value) => Buffer.from(JSON.stringify(value)));
  const multipart = fc
    .record({ name: fc.constantFrom('file', 'text', ''), data: fc.uint8Array({ maxLength: 60 }), close: fc.boolean() })
    .map(({ name, data, close }) =>
      Buffer.concat([
        Buffer.from(`--b\r\nContent-Disposition: form-data; name="${name}"; filename="x"\r\n\r\n`),
        data,
        Buffer.from(close ? '\r\n--b--\r\n' : ''),
      ]),
    );
  return fc.record({ body: fc.oneof(fc.uint8Array({ maxLength: 120 }), json, shaped, multipart).map((b) => new Uint8Array(b)), type });
}

async function expectNoServerError(response: Response): Promise<void> {
  expect(response.status, `answered ${response.status}`).toBeLessThan(500);
  if (response.status < 400) return;
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as { code: ErrorCode; status: number; detail: string };
  expect(errorCodes).toContain(problem.code);
  expect(problem.status).toBe(response.status);
  expect(statusOf(problem.code)).toBe(response.status);
  expect(problem.detail.length).toBeGreaterThan(10);
}

describe.each(allContracts.map((contract) => [`${contract.method} ${contract.path}`, contract] as const))('fuzz %s', (_name, contract) => {
  const route = createRoute(contract, async () => ({ ok: true }), { resolveCaller: async () => callerFor(contract), consumeRateLimit: async () => undefined });
  const url = (query: [string, string][]) => {
    const path = contract.path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
    const search = new URLSearchParams(query).toString();
    return `http://localhost:3000${path}${search ? `?${search}` : ''}`;
  };

  it('any query string: a result or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary(contract), async (query) => {
        const init: RequestInit = { method: contract.method };
        if (contract.body) Object.assign(init, { body: JSON.stringify({}), headers: { 'content-type': 'application/json' } });
        await expectNoServerError(await route(new Request(url(query), init), { params: Promise.resolve({ id: '00000000-0000-4000-8000-000000000000' }) }));
      }),
      RUNS,
    );
  });

  if (contract.params)
    it('any path id: a result or a 4xx problem', async () => {
      await fc.assert(
        fc.asyncProperty(nasty, async (id) => {
          const init: RequestInit = { method: contract.method };
          if (contract.body) Object.assign(init, { body: JSON.stringify({}), headers: { 'content-type': 'application/json' } });
          await expectNoServerError(await route(new Request(url([]), init), { params: Promise.resolve({ id }) }));
        }),
        RUNS,
      );
    });

  if (contract.body)
    it('any body under any content type: a result or a 4xx problem', async () => {
      await fc.assert(
        fc.asyncProperty(bodyArbitrary(), async ({ body, type }) => {
          const headers = type ? { 'content-type': type } : undefined;
          await expectNoServerError(
            await route(new Request(url([]), { method: contract.method, body: body as BodyInit, headers }), {
              params: Promise.resolve({ id: '00000000-0000-4000-8000-000000000000' }),
            }),
          );
        }),
        RUNS,
      );
    });
});

it('covers every route the API declares, each with a rate limit for every caller it admits', () => {
  expect(allContracts.length).toBeGreaterThanOrEqual(12);
  for (const contract of allContracts) assertEveryCallerLimited(contract);
});
