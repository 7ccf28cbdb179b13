import 'server-only';
import type { z } from 'zod';
import type { ApiScope } from '@/server/api-keys/types';
import type { Role } from '@/server/auth/viewer';
import type { ErrorCode } from '@/server/errors';
import type { RateLimitPolicy } from './rate-limits';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. At least one way in: `anonymous` (anyone), `session` (a signed-in person, optionally with a
 * role), `apiKey` (an organisation API key holding that scope). A request with a bearer token is judged as a key
 * only; a session cookie is never consulted then.
 */
export type AuthRule = { anonymous?: true; session?: Role | 'any'; apiKey?: ApiScope };

/** What a route accepts as its body. Content types not listed are refused with 415. */
export type BodyRule = {
  /** Hard limit: the stream is abandoned once this many bytes were read. */
  maxBytes: number;
  /** `application/json` (or `+json`), parsed and validated with this schema. */
  json?: z.ZodType;
  /** `multipart/form-data`; the schema documents the fields (files as binary strings); the handler gets the FormData. */
  multipart?: z.ZodType;
  /** `application/x-www-form-urlencoded` (e.g. an OpenID4VP `direct_post`): fields as strings, each at most once, validated with this schema. */
  form?: z.ZodType;
};

export type ResponseRule = { description: string; schema?: z.ZodType; contentType?: string };

/**
 * Everything the edge knows about a route, declared once: it drives the checks at run time and the OpenAPI
 * document (`/api/v1/openapi.json`). Contracts live in `src/server/api/contracts/`.
 */
export type RouteContract = {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/api/v1/badges/{id}`. Must match the route file's folder. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: AuthRule;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: BodyRule;
  /** A policy for all callers, or one per kind of caller. Every route is limited. */
  rateLimit: RateLimitPolicy | { anonymous?: RateLimitPolicy; session?: RateLimitPolicy; apiKey?: RateLimitPolicy };
  /** The success responses (status → description and schema). The first is the default status for plain results. */
  responses: Record<number, ResponseRule>;
  /** Problem codes this route can answer with, beyond those its auth, body, params and limits imply. */
  problems?: ErrorCode[];
  /** Extra response headers on success (e.g. public caching). */
  cacheControl?: string;
  /**
   * `any-origin`: pages on any other site may read the answers (`Access-Control-Allow-Origin: *`, problems included,
   * so an embed can say why it failed). Only for anonymous routes: no cookie or key is read, so nothing personal leaks.
   */
  cors?: 'any-origin';
};

function isMutation(method: HttpMethod): boolean {
  return method !== 'GET';
}

/** The problem codes a contract can answer with: implied by its declarations, plus its own. For the OpenAPI document. */
export function problemCodesOf(contract: RouteContract): ErrorCode[] {
  const codes = new Set<ErrorCode>(['rate_limited', 'internal']);
  const { auth } = contract;
  if (!auth.anonymous) codes.add(auth.session ? 'auth:unauthenticated' : 'auth:invalid_api_key');
  if (auth.session && auth.session !== 'any') codes.add('auth:forbidden');
  if (auth.session && isMutation(contract.method)) codes.add('auth:cross_origin');
  if (auth.apiKey) {
    codes.add('auth:invalid_api_key');
    codes.add('auth:insufficient_scope');
  } else codes.add('auth:invalid_api_key'); // a bearer token sent to a route that takes none
  if (contract.params) codes.add('not_found');
  if (contract.query) codes.add('input:invalid');
  if (contract.body) {
    codes.add('input:invalid');
    codes.add('input:too_large');
    codes.add('input:unsupported_media_type');
  }
  for (const code of contract.problems ?? []) codes.add(code);
  return [...codes];
}
