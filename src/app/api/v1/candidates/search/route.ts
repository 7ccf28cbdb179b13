import { withSession } from '@/server/auth/with-session';
import { AppError } from '@/server/errors';
import { getSearch } from '@/server/search/client';
import { candidateFiltersSchema } from '@/server/search/queries/candidate-filters';
import { searchCandidates } from '@/server/search/search-candidates';

export const dynamic = 'force-dynamic';

/** GET /api/v1/candidates/search?q=…&location=…&page=… — employers only; same filters as the page. */
export const GET = withSession(
  async (request, { viewer }) => {
    const parsed = candidateFiltersSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'Some search parameters are not valid.');
    return Response.json(await searchCandidates(await getSearch(), viewer, parsed.data));
  },
  { role: 'employer' },
);
