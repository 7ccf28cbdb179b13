// The route definer's own rules: body limits read as a stream, content types, same-origin, params, query, problem+json.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Viewer } from '@/server/auth/viewer';
import { AppError } from '@/server/errors';
import type { RouteContract } from './contract';
import { createRoute, type Caller } from './define-route';

const viewer: Viewer = { id: 'u1', email: 'a@example.org', name: 'A', emailVerified: true, isAdmin: false, cvId: 'c1', orgs: [] };
const asSession = { resolveCaller: async (): Promise<Caller> => ({ kind: 'session', address: '192.0.2.1', viewer }), consumeRateLimit: async () => undefined };
const asAnonymous = { resolveCaller: async (): Promise<Caller> => ({ kind: 'anonymous', address: '192.0.2.1' }), consumeRateLimit: async () => undefined };

const contract = {
  method: 'POST',
  path: '/api/v1/things/{id}',
  operationId: 'makeThing',
  summary: 'Test',
  tags: ['Test'],
  auth: { session: 'any' },
  params: z.object({ id: z.uuid() }),
  query: z.object({ n: z.coerce.number().int().max(10).default(1) }),
  body: { maxBytes: 1024, json: z.object({ name: z.string().max(20) }), multipart: z.object({ file: z.string() }) },
  rateLimit: 'api-write',
  responses: { 201: { description: 'Made.' } },
} satisfies RouteContract;

const id = '6f1e2d3c-4b5a-4978-8d6c-5b4a39281706';
const route = createRoute(contract, async ({ params, query, body }) => ({ id: params.id, n: query.n, kind: body.kind }), asSession);
const call = (init: RequestInit & { path?: string; params?: Record<string, string> } = {}) =>
  route(new Request(`http://localhost:3000${init.path ?? `/api/v1/things/${id}`}`, { method: 'POST', ...init }), {
    params: Promise.resolve(init.params ?? { id }),
  });
const json = (value: unknown, headers: Record<string, string> = {}) => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json', ...headers },
});

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as {
    status: number;
    code: string;
    title: string;
    detail: string;
    type: string;
    errors?: { field: string; pointer: string }[];
  };
  expect(body.status).toBe(response.status);
  expect(body.title.length).toBeGreaterThan(0);
  return body;
}

describe('defineRoute', () => {
  it('passes validated params, query and body to the handler and answers with the first success status', async () => {
    const response = await call({ ...json({ name: 'x' }), path: `/api/v1/things/${id}?n=3` });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id, n: 3, kind: 'json' });
  });

  it('refuses a body over the limit with 413 by its content-length before reading', async () => {
    const body = await problem(await call({ ...json({ name: 'x'.repeat(2000) }) }));
    expect(body.code).toBe('input:too_large');
  });

  it('stops reading a chunked body at the limit (no content-length), and never pulls the rest', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 10_000) return controller.close();
        controller.enqueue(new Uint8Array(256).fill(0x20));
      },
    });
    const response = await call({ body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it('refuses an unlisted content type with 415 naming what is accepted', async () => {
    const body = await problem(await call({ body: 'hello', headers: { 'content-type': 'text/plain' } }));
    expect(body.code).toBe('input:unsupported_media_type');
    expect(body.detail).toContain('application/json or multipart/form-data');
  });

  it('reports invalid fields as problem errors with JSON pointers', async () => {
    const body = await problem(await call(json({ name: 'x'.repeat(21) })));
    expect(body.code).toBe('input:invalid');
    expect(body.errors).toEqual([expect.objectContaining({ field: 'name', pointer: '#/name' })]);
  });

  it('refuses broken JSON and an empty body with 400', async () => {
    expect((await problem(await call({ body: '{"name":', headers: { 'content-type': 'application/json' } }))).code).toBe('input:invalid');
    expect((await problem(await call({ headers: { 'content-type': 'application/json' } }))).detail).toContain('empty');
  });

  it('answers 404 for a path id that is not a UUID, and 400 for a bad query value', async () => {
    expect((await problem(await call({ ...json({ name: 'x' }), params: { id: 'nope' } }))).code).toBe('not_found');
    expect((await problem(await call({ ...json({ name: 'x' }), path: `/api/v1/things/${id}?n=99` }))).code).toBe('input:invalid');
  });

  it('refuses a cookie-authenticated mutation from another site, by Sec-Fetch-Site or by Origin', async () => {
    const bySite = await problem(await call(json({ name: 'x' }, { 'sec-fetch-site': 'cross-site' })));
    expect(bySite.code).toBe('auth:cross_origin');
    expect((await call(json({ name: 'x' }, { origin: 'http://evil.example' }))).status).toBe(403);
    expect((await call(json({ name: 'x' }, { origin: 'http://localhost:3000' }))).status).toBe(201);
    expect((await call(json({ name: 'x' }, { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' }))).status).toBe(201);
    // No browser headers at all: not a browser, so not forgeable by a page.
    expect((await call(json({ name: 'x' }))).status).toBe(201);
  });

  it('does not apply the same-origin rule to anonymous callers (no cookie to ride on)', async () => {
    const open = createRoute({ ...contract, auth: { anonymous: true } }, async () => ({ ok: true }), asAnonymous);
    const response = await open(
      new Request(`http://localhost:3000/api/v1/things/${id}`, { method: 'POST', ...json({ name: 'x' }, { origin: 'http://evil.example' }) }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(201);
  });

  it('turns an AppError into its problem, with Retry-After for limits, and hides unknown errors', async () => {
    const limited = createRoute(
      contract,
      async () => {
        throw new AppError('rate_limited', 'Too many requests. Try again in 30 seconds.', { retryAfter: 30 });
      },
      asSession,
    );
    const response = await limited(new Request(`http://localhost/api/v1/things/${id}`, { method: 'POST', ...json({ name: 'x' }) }), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    const broken = createRoute(
      contract,
      async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
      },
      asSession,
    );
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const failed = await broken(new Request(`http://localhost/api/v1/things/${id}`, { method: 'POST', ...json({ name: 'x' }) }), {
        params: Promise.resolve({ id }),
      });
      const body = await problem(failed);
      expect(body.code).toBe('internal');
      expect(JSON.stringify(body)).not.toContain('10.0.0.5');
    } finally {
      console.error = quiet;
    }
  });
});

describe('assertEveryCallerLimited', () => {
  it('refuses a contract that admits a kind of caller without a rate-limit policy for it', async () => {
    const { assertEveryCallerLimited } = await import('./define-route');
    expect(() => assertEveryCallerLimited({ ...contract, auth: { anonymous: true, apiKey: 'jobs' }, rateLimit: { apiKey: 'api-read' } })).toThrow(/anonymous/);
    expect(() =>
      assertEveryCallerLimited({ ...contract, auth: { anonymous: true, apiKey: 'jobs' }, rateLimit: { anonymous: 'public-read', apiKey: 'api-read' } }),
    ).not.toThrow();
    expect(() => assertEveryCallerLimited(contract)).not.toThrow();
  });
});

describe('URL-encoded form bodies (an OpenID4VP direct_post)', () => {
  const formContract = {
    method: 'POST',
    path: '/api/v1/forms',
    operationId: 'postForm',
    summary: 'Test',
    tags: ['Test'],
    auth: { anonymous: true },
    body: { maxBytes: 256, form: z.object({ vp_token: z.string().min(1), state: z.string().max(10) }) },
    rateLimit: 'public-read',
    responses: { 200: { description: 'Read.' } },
  } satisfies RouteContract;
  const formRoute = createRoute(formContract, async ({ body }) => body, asAnonymous);
  const post = (body: string, type = 'application/x-www-form-urlencoded') =>
    formRoute(new Request('http://localhost:3000/api/v1/forms', { method: 'POST', body, headers: { 'content-type': type } }), {
      params: Promise.resolve({}),
    });

  it('hands the handler the validated fields', async () => {
    const response = await post(`vp_token=${encodeURIComponent('{"a":[1]}')}&state=s1`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kind: 'form', value: { vp_token: '{"a":[1]}', state: 's1' } });
  });

  it('refuses a field given twice, a field that breaks its rule, and other content types', async () => {
    const twice = await problem(await post('vp_token=a&vp_token=b&state=s'));
    expect([twice.code, twice.detail]).toEqual(['input:invalid', 'The field vp_token is given more than once. Send each field once.']);
    const invalid = await problem(await post('vp_token=a&state=much-too-long-state'));
    expect(invalid.errors?.map((e) => e.field)).toEqual(['state']);
    const json = await problem(await post('{"vp_token":"a"}', 'application/json'));
    expect(json.code).toBe('input:unsupported_media_type');
    expect(json.detail).toContain('application/x-www-form-urlencoded');
  });

  it('stops reading at the byte limit', async () => {
    const response = await post(`vp_token=${'x'.repeat(400)}&state=s`);
    expect(response.status).toBe(413);
  });
});

describe('answers other sites may read (an embed)', () => {
  const embedContract = {
    method: 'GET',
    path: '/api/v1/embedded/{id}',
    operationId: 'readEmbedded',
    summary: 'Test',
    tags: ['Test'],
    auth: { anonymous: true },
    params: z.object({ id: z.uuid() }),
    rateLimit: 'public-read',
    responses: { 200: { description: 'Read.' } },
    cacheControl: 'public, max-age=60, stale-while-revalidate=300',
    cors: 'any-origin',
  } satisfies RouteContract;
  const embedRoute = createRoute(embedContract, async ({ params }) => ({ id: params.id }), asAnonymous);
  const read = (path: string, params: Record<string, string>) =>
    embedRoute(new Request(`http://localhost:3000${path}`, { headers: { origin: 'https://jobs.example' } }), { params: Promise.resolve(params) });

  it('allows any origin on answers and on problems, caches answers publicly, and sets no cookie', async () => {
    const ok = await read(`/api/v1/embedded/${id}`, { id });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(ok.headers.get('set-cookie')).toBeNull();
    const missing = await read('/api/v1/embedded/nope', { id: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('leaves other routes closed to other origins', async () => {
    const response = await call({ ...json({ name: 'x' }) });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a readable-anywhere contract that would read a session or a key', () => {
    expect(() => createRoute({ ...embedContract, auth: { anonymous: true, session: 'any' }, rateLimit: 'public-read' }, async () => ({}), asAnonymous)).toThrow(
      /anonymous callers only/,
    );
    expect(() => createRoute({ ...embedContract, auth: { apiKey: 'jobs' } }, async () => ({}), asAnonymous)).toThrow(/anonymous callers only/);
  });
});
