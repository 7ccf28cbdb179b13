import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';
import { candidateBadgeSchema, candidateDocumentSchema } from '@/server/search/indices/candidates';
import { jobDocumentSchema } from '@/server/search/indices/jobs';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { jobFiltersSchema } from '@/server/search/queries/jobs';

const facetValue = z.object({
  value: z.string().meta({ description: 'What to send back as the filter value.' }),
  label: z.string().meta({ description: 'What to show.' }),
  count: z.int().meta({ description: 'Candidates (or roles) with this value among the matches.' }),
  selected: z.boolean(),
});

const requirementView = z.object({
  kind: z.enum(['skill', 'achievement']),
  code: z.string().meta({ description: 'As asked.' }),
  key: z.string().meta({ description: 'What the index matched: the taxonomy key, or the achievement pair.' }),
  label: z.string().meta({ description: 'The words the /candidates page shows.' }),
});

const conceptSummary = z.object({
  key: z.string().meta({ description: 'The taxonomy key (an ESCO URI, or `<framework>:<code>`).' }),
  frameworkId: z.string(),
  label: z.string().nullable(),
  notation: z.string().nullable().meta({ description: 'A short code such as `S5`, when the framework has one.' }),
  type: z.string(),
});

/** A badge named on a result card: its level is `state` with `issuer_known`. */
const shownBadge = candidateBadgeSchema.pick({ badge_id: true, achievement_name: true, issuer_name: true, issuer_known: true, state: true });

const candidateFacet = z.array(
  facetValue.extend({
    known: z
      .boolean()
      .optional()
      .meta({ description: 'Issuers and achievements: whether the issuer is known to Badgeboard (an unknown one keeps its claimed name, marked).' }),
  }),
);

/** `CandidateResults` of src/server/search/search-candidates.ts, as JSON. */
const candidateResultsSchema = z.object({
  total: z
    .int()
    .meta({ description: 'Matching candidates (see `searchCandidates`: while the index catches up, it may count a few that are no longer shown).' }),
  page: z.int(),
  pageSize: z.int(),
  hits: z.array(
    candidateDocumentSchema
      .pick({ cv_id: true, display_name: true, headline: true, summary: true, location: true, visibility: true, verified_badge_count: true, updated_at: true })
      .extend({
        highlight: z
          .object({ headline: z.string().optional(), summary: z.string().optional() })
          .meta({ description: 'With `q`: the matched words marked with `<mark>`, the rest HTML-escaped.' }),
        topBadges: z.array(shownBadge).meta({ description: 'Up to four verified badges, known issuers first.' }),
        notShownCount: z.int().meta({ description: 'Badges not named on the card (unverified, failed, revoked or expired).' }),
        matches: z
          .array(
            z.object({
              requirement: requirementView,
              badges: z.array(shownBadge),
              claimed: z.boolean().meta({ description: 'A self-declared skill asked for with `claimed`.' }),
            }),
          )
          .meta({ description: 'Why the candidate matched: each requirement with the badges that met it.' }),
        requirementsMet: z.int(),
      }),
  ),
  facets: z
    .object({ issuer: candidateFacet, achievement: candidateFacet, skill: candidateFacet, level: candidateFacet, location: candidateFacet })
    .meta({ description: 'Values to narrow by, with counts; a facet ignores its own selection, so its alternatives stay visible.' }),
  requirements: z.array(requirementView).meta({ description: 'The requirements in the order asked, with their labels.' }),
  claims: z.array(z.object({ code: z.string(), label: z.string() })).meta({ description: 'The claimed skills asked for, with their labels.' }),
  next: z.string().nullable().meta({ description: 'The cursor for the next page: send it as `after` with the same filters and sort.' }),
  tookMs: z.int(),
});

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
  responses: { 200: { description: 'A page of candidates with facets and the reasons each matched.', schema: candidateResultsSchema } },
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
  responses: {
    200: {
      description: 'A page of roles with facets.',
      schema: z.object({
        total: z.int(),
        page: z.int(),
        pageSize: z.int(),
        hits: z
          .array(jobDocumentSchema)
          .meta({ description: 'Roles as indexed; requirement codes are `skill:<key>` or `achievement:<issuer id> <achievement id>`.' }),
        facets: z.object({ location: z.array(facetValue), workplace: z.array(facetValue), contract: z.array(facetValue), skill: z.array(facetValue) }),
      }),
    },
  },
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
  query: z.object({
    q: z.string().trim().max(200, 'Keep the query to 200 characters.').default(''),
    limit: z.coerce.number().int().min(1).max(25).default(10),
  }),
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'Matching achievements.',
      schema: z.object({
        results: z.array(
          z.object({
            key: z.string().meta({ description: 'What a requirement carries: `achievement:<key>`.' }),
            id: z.string().meta({ description: 'The achievement id.' }),
            name: z.string().meta({ description: 'Named from verified badges of this pair only.' }),
            issuerId: z.string(),
            issuerName: z.string().meta({ description: "The registry's name for a known issuer, else the issuer's own claim." }),
            issuerKnown: z.boolean(),
            holders: z.int().meta({ description: 'People holding it as a verified, unexpired badge.' }),
          }),
        ),
      }),
    },
  },
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
  responses: {
    200: {
      description: 'Matching concepts.',
      schema: z.object({
        results: z.array(conceptSummary.extend({ path: z.array(conceptSummary).meta({ description: 'Broader concepts, up to the top of the hierarchy.' }) })),
      }),
    },
  },
} satisfies RouteContract;
