import { z } from 'zod';

/** The candidate search filter object: the same for the page (URL), the public API and the bench. */
export const candidateFiltersSchema = z.object({
  q: z.string().trim().max(200, 'Keep the search to 200 characters.').optional().transform((v) => v || undefined),
  location: z.string().trim().max(120).optional().transform((v) => v || undefined),
  page: z.coerce.number().int().min(1, 'Pages start at 1.').max(50, 'Narrow the search to see more than 50 pages.').default(1),
});

export type CandidateFilters = z.infer<typeof candidateFiltersSchema>;
