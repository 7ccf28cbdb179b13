import { contracts } from '@/server/api/contracts';
import { searchKnownAchievements } from '@/server/badges/known-achievements';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.searchAchievements, async ({ query }) => ({
  results: await searchKnownAchievements(await getDb(), query.q, query.limit),
}));
