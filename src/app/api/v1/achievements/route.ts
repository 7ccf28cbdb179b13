import { z } from 'zod';
import { withSession } from '@/server/auth/with-session';
import { searchKnownAchievements } from '@/server/badges/known-achievements';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/errors';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ q: z.string().trim().max(200).default(''), limit: z.coerce.number().int().min(1).max(25).default(10) });

/**
 * GET /api/v1/achievements?q= — achievements held on the platform as verified badges (signed-in users), for pickers.
 * Each result is one (issuer id, achievement id) pair; `key` is what requirements carry (`achievement:<key>`).
 */
export const GET = withSession(async (request) => {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return Response.json({ results: await searchKnownAchievements(await getDb(), parsed.data.q, parsed.data.limit) });
});
