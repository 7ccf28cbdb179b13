import 'server-only';
import type { z } from 'zod';
import { authenticateApiKey } from '@/server/api-keys/authenticate-api-key';
import type { ApiKeyPrincipal } from '@/server/api-keys/types';
import { getViewer, hasRole, type Viewer } from '@/server/auth/viewer';
import { AppError, fieldErrors, toResponse } from '@/server/errors';
import { clientAddress } from './client-address';
import type { BodyRule, RouteContract } from './contract';
import { checkSameOrigin } from './same-origin';
import { parseQuery } from './parse-query';
import { readLimitedBody } from './read-limited-body';
import { consumeRateLimit, type RateLimitPolicy } from './rate-limits';

export type Caller =
  { kind: 'anonymous'; address: string } | { kind: 'session'; address: string; viewer: Viewer } | { kind: 'apiKey'; address: string; key: ApiKeyPrincipal };

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

type JsonBody<B> = B extends { json: z.ZodType } ? { kind: 'json'; value: z.output<B['json']> } : never;
type MultipartBody<B> = B extends { multipart: z.ZodType } ? { kind: 'multipart'; form: FormData } : never;
type FormBody<B> = B extends { form: z.ZodType } ? { kind: 'form'; value: z.output<B['form']> } : never;

/** The body as the handler sees it: validated JSON, the multipart form, or validated URL-encoded fields. */
export type RouteBody<C extends RouteContract> = C['body'] extends BodyRule ? JsonBody<C['body']> | MultipartBody<C['body']> | FormBody<C['body']> : undefined;

export type RouteInput<C extends RouteContract> = {
  request: Request;
  caller: Caller;
  params: Infer<C['params']>;
  query: Infer<C['query']>;
  body: RouteBody<C>;
};

type RouteContext = { params?: Promise<Record<string, string | string[]>> };

/** A handler made by `defineRoute`, carrying its contract (the route-coverage test reads it). */
export type DefinedRoute = ((request: Request, context: RouteContext) => Promise<Response>) & { contract: RouteContract };

const roleNames = { seeker: 'a job seeker', employer: 'a member of an employer organisation', admin: 'an administrator' } as const;

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError('auth:invalid_api_key', 'The Authorization header must be "Bearer <API key>".');
  return match[1]!;
}

async function resolveCaller(contract: RouteContract, request: Request, address: string): Promise<Caller> {
  const { auth } = contract;
  const token = bearerToken(request);
  if (token !== null) {
    if (!auth.apiKey) throw new AppError('auth:invalid_api_key', 'This route does not take API keys. Call it without an Authorization header.');
    const key = await authenticateApiKey(token);
    if (!key)
      throw new AppError('auth:invalid_api_key', 'This API key is not valid: it may have been revoked, or mistyped. Ask your organisation’s admin for a key.');
    if (!key.scopes.includes(auth.apiKey)) {
      throw new AppError('auth:insufficient_scope', `This API key lacks the "${auth.apiKey}" scope. Create a key with that scope.`, {
        requiredScope: auth.apiKey,
      });
    }
    return { kind: 'apiKey', address, key };
  }
  if (auth.session) {
    const viewer = await getViewer();
    if (viewer) {
      if (auth.session !== 'any' && !hasRole(viewer, auth.session)) throw new AppError('auth:forbidden', `This is only for ${roleNames[auth.session]}.`);
      return { kind: 'session', address, viewer };
    }
  }
  if (auth.anonymous) return { kind: 'anonymous', address };
  if (auth.session)
    throw new AppError(
      'auth:unauthenticated',
      auth.apiKey ? 'Sign in, or send an organisation API key as "Authorization: Bearer <key>".' : 'Sign in to continue.',
    );
  throw new AppError('auth:invalid_api_key', 'Send an organisation API key as "Authorization: Bearer <key>".');
}

function policyFor(contract: RouteContract, caller: Caller): RateLimitPolicy | undefined {
  const rule = contract.rateLimit;
  if (typeof rule === 'string') return rule;
  return rule[caller.kind];
}

function rateKey(caller: Caller): string {
  if (caller.kind === 'apiKey') return `key:${caller.key.keyId}`;
  if (caller.kind === 'session') return `user:${caller.viewer.id}`;
  return `ip:${caller.address}`;
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function validated(schema: z.ZodType, value: unknown, what: 'body' | 'form'): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('input:invalid', `Some fields of the ${what} need attention.`, { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

/** URL-encoded fields, each at most once (a repeated field is ambiguous: which one did the sender mean?). */
function formFields(bytes: Uint8Array): Record<string, string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('input:invalid', 'The form body is not valid UTF-8. Send the form again.');
  }
  const fields = new Map<string, string>();
  for (const [name, field] of new URLSearchParams(text)) {
    if (fields.has(name)) throw new AppError('input:invalid', `The field ${name} is given more than once. Send each field once.`);
    fields.set(name, field);
  }
  return Object.fromEntries(fields);
}

async function readBody(contract: RouteContract, request: Request): Promise<unknown> {
  const rule = contract.body;
  if (!rule) return undefined;
  const type = mediaType(request);
  const accepted = [rule.json && 'application/json', rule.multipart && 'multipart/form-data', rule.form && 'application/x-www-form-urlencoded'].filter(
    Boolean,
  ) as string[];
  if (rule.json && (type === 'application/json' || type.endsWith('+json'))) {
    const bytes = await readLimitedBody(request, rule.maxBytes);
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new AppError('input:invalid', bytes.byteLength ? 'The body is not valid JSON. Check its syntax.' : 'The body is empty. Send a JSON body.');
    }
    return { kind: 'json', value: validated(rule.json, value, 'body') };
  }
  if (rule.multipart && type === 'multipart/form-data') {
    const bytes = await readLimitedBody(request, rule.maxBytes);
    const form = await new Request('http://body.invalid/', {
      method: 'POST',
      headers: { 'content-type': request.headers.get('content-type')! },
      body: bytes as BodyInit,
    })
      .formData()
      .catch(() => {
        throw new AppError('input:invalid', 'The body could not be read as multipart/form-data. Send the form again.');
      });
    return { kind: 'multipart', form };
  }
  if (rule.form && type === 'application/x-www-form-urlencoded') {
    const fields = formFields(await readLimitedBody(request, rule.maxBytes));
    return { kind: 'form', value: validated(rule.form, fields, 'form') };
  }
  throw new AppError('input:unsupported_media_type', `This route accepts ${accepted.join(' or ')}${type ? `, not ${type}` : ''}. Set the Content-Type header.`);
}

async function readParams(contract: RouteContract, context: RouteContext): Promise<unknown> {
  if (!contract.params) return undefined;
  const raw = (await context?.params) ?? {};
  const parsed = contract.params.safeParse(raw);
  // A path that names nothing valid names nothing: "not found", like any unknown address.
  if (!parsed.success) throw new AppError('not_found', 'There is nothing at this address. Check the id in the link.');
  return parsed.data;
}

function readQuery(contract: RouteContract, request: Request): unknown {
  if (!contract.query) return undefined;
  const parsed = contract.query.safeParse(parseQuery(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('input:invalid', 'Some query parameters are not valid.', { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

/**
 * The one way to write a route handler. Order: client address → caller (bearer key, or session, or anonymous) →
 * same-origin check for cookie-authenticated mutations → rate limit → params → query → body (streamed, capped,
 * content type enforced, validated) → handler → one error translation (RFC 9457 problem+json). A handler returns a
 * Response, or a value sent as JSON with the contract's first success status.
 */
export function defineRoute<C extends RouteContract>(contract: C, handler: (input: RouteInput<C>) => Promise<Response | unknown>): DefinedRoute {
  assertEveryCallerLimited(contract);
  return createRoute(contract, handler, { resolveCaller, consumeRateLimit });
}

/** Every kind of caller a contract admits has a rate-limit policy: a route is never unlimited by omission. */
export function assertEveryCallerLimited(contract: RouteContract): void {
  if (typeof contract.rateLimit === 'string') return;
  const kinds = [contract.auth.anonymous && 'anonymous', contract.auth.session && 'session', contract.auth.apiKey && 'apiKey'].filter(Boolean) as (
    'anonymous' | 'session' | 'apiKey'
  )[];
  const missing = kinds.filter((kind) => !contract.rateLimit || !(contract.rateLimit as Record<string, unknown>)[kind]);
  if (missing.length) throw new Error(`Route ${contract.method} ${contract.path} admits ${missing.join(', ')} callers but names no rate limit for them.`);
}

/** What the edge needs from the rest of the app; tests pass their own (a fixed caller, no limiter). */
export type RouteDeps = {
  resolveCaller: (contract: RouteContract, request: Request, address: string) => Promise<Caller>;
  consumeRateLimit: (policy: RateLimitPolicy, key: string) => Promise<void>;
};

export function createRoute<C extends RouteContract>(
  contract: C,
  handler: (input: RouteInput<C>) => Promise<Response | unknown>,
  deps: RouteDeps,
): DefinedRoute {
  // A cross-origin reader must never get an answer made for someone's cookie or key.
  if (contract.cors && (contract.auth.session || contract.auth.apiKey || !contract.auth.anonymous))
    throw new Error(`Route ${contract.method} ${contract.path} is readable from any origin, so it must admit anonymous callers only.`);
  const successStatus = Number(Object.keys(contract.responses)[0] ?? 200);
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    const response = await answer(request, context);
    if (contract.cors === 'any-origin') response.headers.set('access-control-allow-origin', '*');
    return response;
  };
  const answer = async (request: Request, context: RouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const problemOptions = { origin: url.origin, instance: url.pathname };
    try {
      const address = clientAddress(request.headers);
      const caller = await deps.resolveCaller(contract, request, address);
      if (caller.kind === 'session' && contract.method !== 'GET') checkSameOrigin(request);
      const policy = policyFor(contract, caller);
      if (policy) await deps.consumeRateLimit(policy, rateKey(caller));
      const params = await readParams(contract, context);
      const query = readQuery(contract, request);
      const body = await readBody(contract, request);
      const result = await handler({ request, caller, params, query, body } as RouteInput<C>);
      if (result instanceof Response) return result;
      const headers: Record<string, string> = { 'cache-control': contract.cacheControl ?? 'no-store' };
      // 204 and 205 carry no body whatever the handler returned.
      if (successStatus === 204 || successStatus === 205) return new Response(null, { status: successStatus, headers });
      return Response.json(result, { status: successStatus, headers });
    } catch (error) {
      return toResponse(error, problemOptions);
    }
  };
  return Object.assign(route, { contract });
}

/** The signed-in person of a session caller; routes whose auth admits only sessions use this. */
export function sessionViewer(caller: Caller): Viewer {
  if (caller.kind !== 'session') throw new AppError('auth:unauthenticated', 'Sign in to continue.');
  return caller.viewer;
}

/**
 * The viewer a service should act for: the signed-in person, or — for an organisation API key — a stand-in member of
 * that organisation with no account of its own (it sees what any member of the organisation sees, nothing more).
 */
export function actingViewer(caller: Caller): Viewer | null {
  if (caller.kind === 'session') return caller.viewer;
  if (caller.kind === 'anonymous') return null;
  const { key } = caller;
  return {
    id: `api-key:${key.keyId}`,
    email: '',
    name: key.name,
    emailVerified: true,
    isAdmin: false,
    cvId: null,
    orgs: [{ id: key.orgId, name: key.orgName, slug: '', role: 'member' }],
  };
}
