import { getDb } from '@/server/db/client';
import { AppError, toResponse } from '@/server/errors';
import { getSearch } from '@/server/search/client';
import { jobFiltersSchema } from '@/server/search/queries/jobs';
import { searchJobs } from '@/server/search/search-jobs';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/jobs — public job search, the same filters as the /jobs page: q, location, workplace, contract,
 * skill (repeatable), salaryFrom, sort=relevance|newest, page. Empty values are ignored.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const entries: Record<string, string | string[]> = {};
    new URL(request.url).searchParams.forEach((value, key) => {
      if (!value.trim()) return;
      const existing = entries[key];
      entries[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    });
    const parsed = jobFiltersSchema.safeParse(entries);
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'Some search parameters are not valid.');
    return Response.json(await searchJobs(await getDb(), await getSearch(), parsed.data));
  } catch (error) {
    return toResponse(error);
  }
}
