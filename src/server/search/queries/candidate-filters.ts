import 'server-only';
import { z } from 'zod';
import { flagParam, listParam } from './query-param-docs';

// A NUL character is never part of a name or code, and Postgres refuses it in text: refuse it here, with a message.
const NUL_MESSAGE = 'Remove the NUL character (\\u0000) from the search.';
const text = () => z.string().refine((value) => !value.includes('\u0000'), NUL_MESSAGE);

const many = z
  .union([
    text().max(500, 'Each filter value is at most 500 characters.'),
    z.array(text().max(500, 'Each filter value is at most 500 characters.')).max(50, 'Use at most 50 values per filter.'),
  ])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean))
  .meta({ override: listParam });

const requirementSchema = text()
  .max(1000, 'A requirement is at most 1,000 characters.')
  .trim()
  .regex(/^(skill|achievement):.+/, 'A requirement looks like skill:<code> or achievement:<issuer id> <achievement id>.')
  .transform((value) => {
    const index = value.indexOf(':');
    return { kind: value.slice(0, index) as 'skill' | 'achievement', code: value.slice(index + 1) };
  });

const flag = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'on', 'off'])])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === true || value === '1' || value === 'true' || value === 'on'))
    .meta({ override: flagParam(fallback) });

/**
 * The candidate search filter object — the same for the page (its URL), the public API and the bench.
 * Repeated parameters (`req`, `issuer`, …) become lists.
 */
export const candidateFiltersSchema = z.object({
  q: text()
    .trim()
    .max(200, 'Keep the search to 200 characters.')
    .optional()
    .transform((v) => v || undefined)
    .meta({ description: 'Words in the headline, summary or experience titles.', example: 'data analyst' }),
  /**
   * Each requirement is met by one badge: `skill:<code>` (a skill or any skill under a group) or
   * `achievement:<issuer id> <achievement id>` (an achievement is the pair; see `achievementKey`).
   */
  req: z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(requirementSchema).max(8, 'Use at most 8 requirements.'),
    )
    .meta({
      description:
        'Requirements, repeatable (at most 8): `skill:<code>` (an ESCO URI or notation such as `S5`, or a custom code) or `achievement:<issuer id> <achievement id>`.',
      example: ['skill:S5'],
    }),
  /** `all`: every requirement must be met; `any`: at least one, ranked by how many. */
  match: z.enum(['all', 'any']).default('all').meta({ description: '`all`: every requirement met; `any`: at least one, ranked by how many.' }),
  issuer: many.meta({ description: 'Issuer ids (DID or https URL), repeatable: candidates with a badge from one of them.' }),
  achievement: many.meta({ description: 'Achievement keys (`<issuer id> <achievement id>`, as facets return them), repeatable.' }),
  skill: many.meta({ description: 'Taxonomy keys a badge is aligned to (or under), repeatable.' }),
  location: many.meta({ description: 'Locations, repeatable.' }),
  level: many.meta({ description: 'Badge levels (EQF/SCQF), repeatable.' }),
  /** Self-declared skills (claims), kept apart from badge-backed ones. */
  claimed: many.meta({ description: 'Self-declared skill codes (claims, not badges), repeatable.' }),
  /** Only badges whose verification passed (default on), and not expired. */
  verified: flag(true).meta({ description: 'Count only verified, unexpired badges of known issuers (default on).' }),
  /** With `verified`: also count verified badges from issuers not known to Badgeboard (default off: known issuers only). */
  unknownIssuers: flag(false).meta({ description: 'With `verified`: also count verified badges of issuers not known to Badgeboard.' }),
  issuedAfter: z.iso.date('Use a date like 2025-06-30.').optional().meta({ description: 'Only badges issued on or after this day.', example: '2025-06-30' }),
  sort: z
    .enum(['relevance', 'requirements', 'recent'])
    .default('relevance')
    .meta({ description: '`requirements`: most requirements met first; `recent`: recently updated CVs first.' }),
  page: z.coerce
    .number()
    .int()
    .min(1, 'Pages start at 1.')
    .max(500, 'Narrow the search to go past page 500.')
    .default(1)
    .meta({ description: 'Page number; past the first pages, prefer `after`.' }),
  /** Cursor for pages past the first ones (search_after), as returned with the previous page. */
  after: text()
    .max(2000)
    .optional()
    .transform((v) => v || undefined)
    .meta({ description: 'The `next` cursor of the previous page (same filters and sort); a cursor from another sort is refused with `search:bad_cursor`.' }),
});

export type CandidateFiltersInput = Omit<z.input<typeof candidateFiltersSchema>, 'req'> & { req?: string | string[] };
export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;
export type Requirement = CandidateFilters['req'][number];

/** Reads the filter object from URL search params (repeated keys become lists). */
export function filtersFromSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries: Record<string, string | string[]> = {};
  const add = (key: string, value: string) => {
    const existing = entries[key];
    entries[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  };
  if (params instanceof URLSearchParams) params.forEach((value, key) => add(key, value));
  else for (const [key, value] of Object.entries(params)) for (const item of value === undefined ? [] : Array.isArray(value) ? value : [value]) add(key, item);
  return candidateFiltersSchema.safeParse(entries);
}
