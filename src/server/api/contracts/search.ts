import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { jobFiltersSchema } from '@/server/search/queries/jobs';

export const searchCandidates = {
  method: 'GET',
  path: '/api/v1/candidates/search',
  operationId: 'searchCandidates',
  summary: 'Search candidates by credential, issuer and skill',
  description:
    'The same filters as the /candidates page. `req=skill:<code>` or `req=achievement:<issuer id> <achievement id>` (repeatable; an achievement is the pair), `match=all|any`, facet filters, `verified=1` (verified badges of known issuers; add `unknownIssuers=1` to count any verified issuer), `sort`, `page`, and `after` (the cursor from `next`). Only CVs visible to employers are returned; each hit says why it matched.',
  tags: ['Candidates'],
  auth: { session: 'employer', apiKey: 'search' },
  query: candidateFiltersSchema,
  rateLimit: 'search',
  responses: { 200: { description: 'A page of candidates with facets and the reasons each matched.' } },
  problems: ['search:unavailable', 'search:bad_cursor'],
} satisfies RouteContract;

export const searchJobs = {
  method: 'GET',
  path: '/api/v1/jobs',
  operationId: 'searchJobs',
  summary: 'Search published roles',
  description: 'Public: the same filters as the /jobs page — q, location, workplace, contract, skill (repeatable), salaryFrom, sort=relevance|newest, page.',
  tags: ['Jobs'],
  auth: { anonymous: true, apiKey: 'jobs' },
  query: jobFiltersSchema,
  rateLimit: { anonymous: 'public-read', apiKey: 'api-read' },
  responses: { 200: { description: 'A page of roles with facets.' } },
  problems: ['search:unavailable'],
} satisfies RouteContract;

export const searchAchievements = {
  method: 'GET',
  path: '/api/v1/achievements',
  operationId: 'searchAchievements',
  summary: 'Achievements held on Badgeboard as verified badges',
  description: 'For pickers. Each result is one (issuer id, achievement id) pair; `key` is what requirements carry (`achievement:<key>`).',
  tags: ['Taxonomy'],
  auth: { session: 'any' },
  query: z.object({ q: z.string().trim().max(200, 'Keep the query to 200 characters.').default(''), limit: z.coerce.number().int().min(1).max(25).default(10) }),
  rateLimit: 'api-read',
  responses: { 200: { description: 'Matching achievements.' } },
} satisfies RouteContract;

export const searchTaxonomy = {
  method: 'GET',
  path: '/api/v1/taxonomy/concepts',
  operationId: 'searchTaxonomyConcepts',
  summary: 'Skill taxonomy autocomplete',
  description: 'Public: ESCO and custom-framework concepts matching `q`, each with its path to the top of the hierarchy.',
  tags: ['Taxonomy'],
  auth: { anonymous: true },
  query: z.object({
    q: z.string().trim().min(1, 'Type at least one character.').max(200, 'Keep the query to 200 characters.'),
    limit: z.coerce.number().int().min(1).max(25).default(10),
  }),
  rateLimit: 'public-read',
  cacheControl: 'public, max-age=300',
  responses: { 200: { description: 'Matching concepts.' } },
} satisfies RouteContract;
