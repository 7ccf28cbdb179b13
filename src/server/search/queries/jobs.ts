import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { z } from 'zod';
import { listParam } from './query-param-docs';

export const JOB_PAGE_SIZE = 20;
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean))
  .meta({ override: listParam });

/** Job search filters, from the URL of /jobs. */
export const jobFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined)
    .meta({ description: 'Words in the title, employer, description or location.', example: 'data analyst' }),
  location: many.meta({ description: 'Locations, repeatable.' }),
  workplace: many.meta({ description: '`on_site`, `hybrid` or `remote`, repeatable.' }),
  contract: many.meta({ description: 'Contract types (`permanent`, `fixed_term`, `contract`, `apprenticeship`, `internship`), repeatable.' }),
  skill: many.meta({ description: 'Taxonomy keys the role asks for, repeatable.' }),
  salaryFrom: z.coerce.number().int().min(0).optional().meta({ description: 'Roles whose salary range reaches at least this.' }),
  sort: z.enum(['relevance', 'newest']).default('relevance'),
  page: z.coerce.number().int().min(1).max(100).default(1).meta({ description: 'Page number (20 roles a page).' }),
});
export type JobFilters = z.infer<typeof jobFiltersSchema>;

const FACETS = { location: 'location', workplace: 'workplace', contract: 'contract_type', skill: 'skill_codes' } as const;
type FacetName = keyof typeof FACETS;

/** Pure: /jobs search body — text, filters as post_filter facets, newest or relevance. */
export function jobSearchQuery(filters: JobFilters, now: string): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = [
    {
      bool: {
        should: [{ bool: { must_not: { exists: { field: 'closing_date' } } } }, { range: { closing_date: { gte: now.slice(0, 10) } } }],
        minimum_should_match: 1,
      },
    },
  ];
  if (filters.salaryFrom !== undefined) filter.push({ range: { salary_max: { gte: filters.salaryFrom } } });
  const must: estypes.QueryDslQueryContainer[] = filters.q
    ? [
        {
          multi_match: { query: filters.q, fields: ['title^3', 'employer_name.text^2', 'description', 'location.text'], type: 'cross_fields', operator: 'and' },
        },
      ]
    : [];
  const selections = Object.fromEntries(
    (Object.keys(FACETS) as FacetName[]).map((name) => [name, filters[name].length ? { terms: { [FACETS[name]]: filters[name] } } : null]),
  ) as Record<FacetName, estypes.QueryDslQueryContainer | null>;
  const active = (except?: FacetName) =>
    (Object.entries(selections) as [FacetName, estypes.QueryDslQueryContainer | null][])
      .filter(([name, clause]) => clause && name !== except)
      .map(([, clause]) => clause!);
  return {
    size: JOB_PAGE_SIZE,
    from: (filters.page - 1) * JOB_PAGE_SIZE,
    track_total_hits: true,
    query: { bool: { filter, must } },
    post_filter: active().length ? { bool: { filter: active() } } : undefined,
    aggs: Object.fromEntries(
      (Object.keys(FACETS) as FacetName[]).map((name) => [
        name,
        { filter: { bool: { filter: active(name) } }, aggs: { values: { terms: { field: FACETS[name], size: 15 } } } },
      ]),
    ),
    sort: filters.sort === 'newest' || !filters.q ? [{ posted_at: 'desc' }, { job_id: 'asc' }] : ['_score', { posted_at: 'desc' }, { job_id: 'asc' }],
  };
}

/**
 * A seeker's codes at the two levels of "verified": from known issuers' badges only, and from every verified badge.
 * A role counts the first unless it accepts issuers not known to Badgeboard.
 */
export type LevelledCodes = { known: string[]; verified: string[] };

/** One clause per kind of role: roles counting known issuers get `make(known)`, roles accepting unknown ones `make(verified)`. */
function byIssuerPolicy(codes: LevelledCodes, make: (codes: string[]) => estypes.QueryDslQueryContainer | null): estypes.QueryDslQueryContainer {
  const branch = (accept: boolean, held: string[]): estypes.QueryDslQueryContainer[] => {
    const clause = held.length ? make(held) : null;
    return clause ? [{ bool: { filter: [{ term: { accept_unknown_issuers: accept } }], must: [clause] } }] : [];
  };
  const should = [...branch(false, codes.known), ...branch(true, codes.verified)];
  return should.length ? { bool: { should, minimum_should_match: 1 } } : { match_none: {} };
}

const holdsEveryRequired = (held: string[]): estypes.QueryDslQueryContainer => ({
  terms_set: { required_codes: { terms: held, minimum_should_match_field: 'required_count' } },
});
const stillOpen = (now: string): estypes.QueryDslQueryContainer => ({
  bool: {
    should: [{ bool: { must_not: { exists: { field: 'closing_date' } } } }, { range: { closing_date: { gte: now.slice(0, 10) } } }],
    minimum_should_match: 1,
  },
});

/**
 * Pure: "roles I qualify for" — every required code held (terms_set with the job's required_count), at the level the
 * role counts; preferred codes held only rank (constant score each).
 */
export function qualifyingJobsQuery(codes: LevelledCodes, now: string, size = 50): estypes.SearchRequest {
  const preferred = byIssuerPolicy(codes, (held) => ({ constant_score: { filter: { terms: { preferred_codes: held } }, boost: 1 } }));
  return {
    size,
    query: {
      bool: {
        filter: [byIssuerPolicy(codes, holdsEveryRequired), { range: { required_count: { gte: 1 } } }, stillOpen(now)],
        should: [preferred],
      },
    },
    sort: ['_score', { posted_at: 'desc' }, { job_id: 'asc' }],
  };
}

/**
 * Pure: "almost there" — roles where some but not all required codes are held; the score counts the required codes
 * held at the level the role counts (one constant clause per code; a role is in one branch only), so the share held
 * is score / required_count.
 */
export function almostQualifyingJobsQuery(codes: LevelledCodes, now: string, size = 200): estypes.SearchRequest {
  const countHeld = (held: string[]): estypes.QueryDslQueryContainer => ({
    bool: { should: held.map((code) => ({ constant_score: { filter: { term: { required_codes: code } }, boost: 1 } })), minimum_should_match: 1 },
  });
  return {
    size,
    query: {
      bool: {
        must: [byIssuerPolicy(codes, countHeld)],
        must_not: [byIssuerPolicy(codes, holdsEveryRequired)],
        filter: [stillOpen(now)],
      },
    },
    _source: ['job_id', 'title', 'employer_name', 'location', 'workplace', 'required_codes', 'required_count', 'posted_at', 'accept_unknown_issuers'],
  };
}
