import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { searchConcepts } from '@/server/taxonomy/concepts';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.searchTaxonomy, async ({ query }) => ({ results: await searchConcepts(await getDb(), query.q, query.limit) }));
