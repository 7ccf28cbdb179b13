import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { actingViewer, defineRoute } from '@/server/http/define-route';
import { getSearch } from '@/server/search/client';
import { searchCandidates } from '@/server/search/search-candidates';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.searchCandidates, async ({ caller, query }) =>
  searchCandidates(await getDb(), await getSearch(), actingViewer(caller)!, query),
);
