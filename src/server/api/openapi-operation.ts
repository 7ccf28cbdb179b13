import 'server-only';
import type { oas31, ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { problemCodesOf, type AuthRule, type RouteContract } from '@/server/http/contract';
import { rateLimitPolicies, type RateLimitPolicy } from '@/server/http/rate-limits';
import { problemTitles, problemType, statusOf, type ErrorCode } from '@/server/errors';

/** Security scheme names, as `components.securitySchemes` declares them. */
export const SESSION_SCHEME = 'session';
export const BEARER_SCHEME = 'bearer';

const roleWords = {
  seeker: 'a signed-in job seeker',
  employer: 'a signed-in member of an employer organisation',
  admin: 'a signed-in administrator',
  any: 'any signed-in person',
} as const;

/**
 * Who may call, as OpenAPI security requirements (alternatives). OpenAPI 3.1 lets a requirement of any scheme list
 * "roles": the session's role and the API key's scope go there. Anonymous access is the empty requirement `{}`.
 */
export function securityOf(auth: AuthRule): oas31.SecurityRequirementObject[] {
  const requirements: oas31.SecurityRequirementObject[] = [];
  if (auth.session) requirements.push({ [SESSION_SCHEME]: auth.session === 'any' ? [] : [auth.session] });
  if (auth.apiKey) requirements.push({ [BEARER_SCHEME]: [auth.apiKey] });
  if (auth.anonymous) requirements.push({});
  return requirements;
}

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

function whoMayCall(auth: AuthRule): string {
  const ways: string[] = [];
  if (auth.anonymous) ways.push('anyone, without credentials');
  if (auth.session) ways.push(`${roleWords[auth.session]} (session cookie)`);
  if (auth.apiKey) ways.push(`an organisation API key with the \`${auth.apiKey}\` scope (\`Authorization: Bearer bb_…\`)`);
  return orList(ways);
}

/** A limiter window in words: `minute`, `10 minutes`, `hour` (as in "120 requests per minute"). */
export function windowWords(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}

export type CallerKind = 'anonymous' | 'session' | 'apiKey';
const callerKinds: CallerKind[] = ['anonymous', 'session', 'apiKey'];

/** The limit that counts each kind of caller a route admits (one policy for all, or one per kind). */
export function ratePoliciesOf(contract: RouteContract): { kind: CallerKind; policy: RateLimitPolicy }[] {
  const rule = contract.rateLimit;
  return callerKinds.flatMap((kind) => {
    const policy = contract.auth[kind] ? (typeof rule === 'string' ? rule : rule[kind]) : undefined;
    return policy ? [{ kind, policy }] : [];
  });
}

const perCaller: Record<CallerKind, string> = { anonymous: 'address', session: 'person', apiKey: 'key' };

function rateLimitWords(contract: RouteContract): string {
  const byPolicy = new Map<RateLimitPolicy, string[]>();
  for (const { kind, policy } of ratePoliciesOf(contract)) byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), perCaller[kind]]);
  return [...byPolicy]
    .map(([policy, per]) => {
      const { points, durationSeconds } = rateLimitPolicies[policy];
      return `${points} requests per ${windowWords(durationSeconds)} per ${orList(per)} (\`${policy}\`)`;
    })
    .join('; ');
}

function formatBytes(bytes: number): string {
  const MiB = 1024 * 1024;
  if (bytes >= MiB) return `${Number.isInteger(bytes / MiB) ? bytes / MiB : (bytes / MiB).toFixed(2)} MiB`;
  if (bytes >= 1024) return `${Number.isInteger(bytes / 1024) ? bytes / 1024 : (bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

function operationDescription(contract: RouteContract): string {
  return [
    contract.description,
    `**Who may call:** ${whoMayCall(contract.auth)}.`,
    `**Rate limit:** ${rateLimitWords(contract)}; over it, 429 with \`Retry-After\`.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function requestBody(contract: RouteContract): ZodOpenApiOperationObject['requestBody'] {
  const rule = contract.body;
  if (!rule) return undefined;
  const content: NonNullable<ZodOpenApiOperationObject['requestBody']>['content'] = {};
  if (rule.json) content['application/json'] = { schema: rule.json };
  if (rule.multipart) content['multipart/form-data'] = { schema: rule.multipart };
  if (rule.form) content['application/x-www-form-urlencoded'] = { schema: rule.form };
  const limit = `${formatBytes(rule.maxBytes)} (${rule.maxBytes.toLocaleString('en')} bytes)`;
  return {
    required: true,
    description: `At most ${limit}: a longer body is refused with 413 (\`input:too_large\`) as soon as the limit is passed, whatever \`Content-Length\` says. Other content types are refused with 415.`,
    content,
  };
}

/** Every problem is the shared `Problem`; which codes a status can carry is in the response's description. */
function problemContent(): ZodOpenApiResponseObject['content'] {
  return { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
}

function problemDescription(codes: ErrorCode[]): string {
  return codes.map((code) => `[\`${code}\`](${problemType(code)}) — ${problemTitles[code]}`).join('; ');
}

const retryAfter: oas31.HeadersObject = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
};

/** Success responses from the contract, then one response per problem status with the codes it can carry. */
function responses(contract: RouteContract): ZodOpenApiResponsesObject {
  const result: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, rule] of Object.entries(contract.responses)) {
    const response: ZodOpenApiResponseObject = { description: rule.description };
    if (rule.schema) response.content = { [rule.contentType ?? 'application/json']: { schema: rule.schema } };
    if (contract.cacheControl)
      response.headers = { 'Cache-Control': { description: 'How long the answer may be cached.', schema: { type: 'string', const: contract.cacheControl } } };
    result[status] = response;
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of problemCodesOf(contract)) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const key = String(status);
    const existing = result[key];
    if (existing) {
      // A status that is both an answer and a problem (none today): keep both media types and both descriptions.
      existing.description = `${existing.description} Problems: ${problemDescription(codes)}.`;
      existing.content = { ...existing.content, ...problemContent() };
      continue;
    }
    result[key] = {
      description: `${codes.length > 1 ? 'Problems' : 'Problem'}: ${problemDescription(codes)}.`,
      content: problemContent(),
      ...(status === 429 ? { headers: retryAfter } : {}),
    };
  }
  return result as ZodOpenApiResponsesObject;
}

/** One contract as an OpenAPI operation: everything comes from the contract, nothing is written twice. */
export function operationOf(contract: RouteContract): ZodOpenApiOperationObject {
  const requestParams: ZodOpenApiOperationObject['requestParams'] = {};
  if (contract.params) requestParams.path = contract.params;
  if (contract.query) requestParams.query = contract.query;
  return {
    operationId: contract.operationId,
    summary: contract.summary,
    description: operationDescription(contract),
    tags: contract.tags,
    security: securityOf(contract.auth),
    ...(contract.params || contract.query ? { requestParams } : {}),
    ...(contract.body ? { requestBody: requestBody(contract) } : {}),
    responses: responses(contract),
  };
}
