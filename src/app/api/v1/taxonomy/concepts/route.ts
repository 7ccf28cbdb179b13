import { z } from 'zod';
import { getDb } from '@/server/db/client';
import { AppError, toResponse } from '@/server/errors';
import { searchConcepts } from '@/server/taxonomy/concepts';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  q: z.string().trim().min(1, 'Type at least one character.').max(200, 'Keep the query to 200 characters.'),
  limit: z.coerce.number().int().min(1).max(25).default(10),
});

/** GET /api/v1/taxonomy/concepts?q=python — public taxonomy autocomplete with the path to the top. */
export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'The query is not valid.');
    const results = await searchConcepts(await getDb(), parsed.data.q, parsed.data.limit);
    return Response.json({ results }, { headers: { 'cache-control': 'public, max-age=300' } });
  } catch (error) {
    return toResponse(error);
  }
}
