import 'server-only';
import { createDocument, type CreateDocumentOptions, type oas31, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteContract } from '@/server/http/contract';
import { allContracts } from './contracts';
import { BEARER_SCHEME, operationOf, SESSION_SCHEME } from './openapi-operation';
import { problemSchema } from './problem-schema';

export type OpenApiDocument = ReturnType<typeof createDocument>;

/** The document's own version: raise the minor for additions, the major for anything a caller must change for. */
export const API_DOCUMENT_VERSION = '1.0.0';

/** Tag descriptions, in the order the reference shows them. */
const tagDescriptions: Record<string, string> = {
  Candidates: 'Candidate search for employers and recruitment portals: requirements met by verified badges, with the reasons.',
  Verification: 'Verify any Open Badge and read its report.',
  Jobs: 'Published roles.',
  Taxonomy: 'Skills (ESCO and other frameworks) and achievements, for pickers.',
  Badges: "A job seeker's own badges: attach, re-check, remove.",
  Wallet: 'Badges straight from a wallet: a single-use exchange answered by VC-API or OpenID for Verifiable Presentations 1.0, binding the holder by DID.',
  Sharing: 'Badges shared outward: public badge pages with a fresh check for anyone, the raw credential, the embeddable badge section, exports.',
  Shortlists: "An employer organisation's shortlists.",
  Account: 'Your own account and data.',
  Operations: 'Health of the service.',
  Developers: 'This document.',
};

const description = `Badgeboard's HTTP API: candidate search by verified credential, badge verification, published roles.

**Authentication.** Badgeboard's own pages use the session cookie of a signed-in person. Portals send an organisation API key as \`Authorization: Bearer bb_…\`; an organisation owner creates keys at /employer/api-keys with the scopes they need (\`search\`, \`verify\`, \`jobs\`). A request that carries a bearer token is judged by the key alone. Cookie-authenticated writes must come from Badgeboard's own origin.

**Limits.** Every route is rate-limited per key, person or address: over the limit the answer is 429 with \`Retry-After\` (seconds). Request bodies have a hard size limit per route (413).

**Errors.** Every error is RFC 9457 \`application/problem+json\` with a stable \`code\` (\`<area>:<reason>\`) to branch on, a \`title\`, a \`detail\` for people and, for invalid input, \`errors[]\` per field. Each code is explained at /developers#errors.`;

function paths(contracts: RouteContract[]): ZodOpenApiPathsObject {
  const result: ZodOpenApiPathsObject = {};
  for (const contract of contracts) {
    const item = (result[contract.path] ??= {});
    const method = contract.method.toLowerCase() as Lowercase<RouteContract['method']>;
    if (item[method]) throw new Error(`Two contracts declare ${contract.method} ${contract.path}: ${item[method].operationId} and ${contract.operationId}.`);
    item[method] = operationOf(contract);
  }
  return result;
}

/** Tags in the order a portal reads them (as `tagDescriptions` lists them), any others after. */
function tags(contracts: RouteContract[]): oas31.TagObject[] {
  const known = Object.keys(tagDescriptions);
  const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  const names = [...new Set(contracts.flatMap((contract) => contract.tags))].sort((a, b) => rank(a) - rank(b));
  return names.map((name) => (tagDescriptions[name] ? { name, description: tagDescriptions[name] } : { name }));
}

/**
 * zod-openapi marks a query parameter required when its schema's input type has no `undefined`; a filter whose
 * preprocess turns a missing value into `[]` is optional all the same. The schema itself is asked.
 */
function markOptionalQueryParameters(document: OpenApiDocument, contracts: RouteContract[]): void {
  for (const contract of contracts) {
    const operation = document.paths?.[contract.path]?.[contract.method.toLowerCase() as Lowercase<RouteContract['method']>];
    for (const parameter of operation?.parameters ?? []) {
      if (!('in' in parameter) || parameter.in !== 'query' || !parameter.required) continue;
      if (contract.query?.shape[parameter.name]?.safeParse(undefined).success) delete parameter.required;
    }
  }
}

/**
 * Rendering rules for every schema: answers may gain fields, so response objects are not closed to callers
 * (`additionalProperties: false`); integers lose zod's safe-integer bounds; formats in answers (uuid, date-time) lose the
 * regular expression zod checks them with, which says nothing more to a reader. Requests keep theirs: they are the rule.
 */
const readableSchema: NonNullable<CreateDocumentOptions['override']> = ({ jsonSchema, io }) => {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (io !== 'output') return;
  if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
  if (jsonSchema.format && jsonSchema.pattern) delete jsonSchema.pattern;
};

/** The OpenAPI 3.1 document of `contracts`, generated from their zod schemas (zod-openapi). */
export function buildOpenApiDocument(contracts: RouteContract[] = allContracts): OpenApiDocument {
  const document = createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Badgeboard API',
        version: API_DOCUMENT_VERSION,
        description,
      },
      // Relative: the document describes the site that serves it.
      servers: [{ url: '/', description: 'This Badgeboard' }],
      tags: tags(contracts),
      paths: paths(contracts),
      components: {
        schemas: { Problem: problemSchema },
        securitySchemes: {
          [SESSION_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: 'next-auth.session-token',
            description:
              "The session of a person signed in on Badgeboard (`__Secure-next-auth.session-token` over https). For Badgeboard's own pages; writes must come from Badgeboard's origin. Where a role is listed, the person needs it (`seeker`, `employer`, `admin`).",
          },
          [BEARER_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'bb_<prefix>_<secret>',
            description:
              'An organisation API key, created by an organisation owner at /employer/api-keys. The scope an operation needs is listed with it (`search`, `verify`, `jobs`).',
          },
        },
      },
    },
    { override: readableSchema },
  );
  markOptionalQueryParameters(document, contracts);
  return document;
}

let built: OpenApiDocument | undefined;

/** The document of every route, built once per process (the contracts do not change while it runs). */
export function openApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument();
  return built;
}
