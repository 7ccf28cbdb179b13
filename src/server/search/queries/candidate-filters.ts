import { z } from 'zod';

// A NUL character is never part of a name or code, and Postgres refuses it in text: refuse it here, with a message.
const NUL_MESSAGE = 'Remove the NUL character (\\u0000) from the search.';
const text = () => z.string().refine((value) => !value.includes('\u0000'), NUL_MESSAGE);

const many = z
  .union([text().max(500, 'Each filter value is at most 500 characters.'), z.array(text().max(500, 'Each filter value is at most 500 characters.')).max(50, 'Use at most 50 values per filter.')])
  .optional()
  .transform((value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value])).map((item) => item.trim()).filter(Boolean));

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
    .transform((value) => (value === undefined ? fallback : value === true || value === '1' || value === 'true' || value === 'on'));

/**
 * The candidate search filter object — the same for the page (its URL), the public API and the bench.
 * Repeated parameters (`req`, `issuer`, …) become lists.
 */
export const candidateFiltersSchema = z.object({
  q: text().trim().max(200, 'Keep the search to 200 characters.').optional().transform((v) => v || undefined),
  /**
   * Each requirement is met by one badge: `skill:<code>` (a skill or any skill under a group) or
   * `achievement:<issuer id> <achievement id>` (an achievement is the pair; see `achievementKey`).
   */
  req: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(requirementSchema).max(8, 'Use at most 8 requirements.')),
  /** `all`: every requirement must be met; `any`: at least one, ranked by how many. */
  match: z.enum(['all', 'any']).default('all'),
  issuer: many,
  achievement: many,
  skill: many,
  location: many,
  level: many,
  /** Self-declared skills (claims), kept apart from badge-backed ones. */
  claimed: many,
  /** Only badges whose verification passed (default on), and not expired. */
  verified: flag(true),
  /** With `verified`: also count verified badges from issuers not known to Badgeboard (default off: known issuers only). */
  unknownIssuers: flag(false),
  issuedAfter: z.iso.date('Use a date like 2025-06-30.').optional(),
  sort: z.enum(['relevance', 'requirements', 'recent']).default('relevance'),
  page: z.coerce.number().int().min(1, 'Pages start at 1.').max(500, 'Narrow the search to go past page 500.').default(1),
  /** Cursor for pages past the first ones (search_after), as returned with the previous page. */
  after: text().max(2000).optional().transform((v) => v || undefined),
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
