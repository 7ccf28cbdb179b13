import { withSession } from '@/server/auth/with-session';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { getSearch } from '@/server/search/client';
import { filtersFromSearchParams } from '@/server/search/queries/candidate-filters';
import { searchCandidates } from '@/server/search/search-candidates';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/candidates/search — employers only; the same filter object as the /candidates page:
 * q, req=skill:<code>|achievement:<issuer id> <achievement id> (repeatable; an achievement is the pair), match=all|any,
 * issuer, achievement (pair keys), skill, location, level, claimed, verified=1|0 (verified badges of known issuers),
 * unknownIssuers=1|0 (with verified: also count issuers not known to Badgeboard), issuedAfter,
 * sort=relevance|requirements|recent, page, after (cursor from `next`).
 */
export const GET = withSession(
  async (request, { viewer }) => {
    const parsed = filtersFromSearchParams(new URL(request.url).searchParams);
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'Some search parameters are not valid.');
    return Response.json(await searchCandidates(await getDb(), await getSearch(), viewer, parsed.data));
  },
  { role: 'employer' },
);
