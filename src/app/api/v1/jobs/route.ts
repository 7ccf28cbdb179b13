import { contracts } from '@/server/api/contracts';
import { getDb } from '@/server/db/client';
import { defineRoute } from '@/server/http/define-route';
import { getSearch } from '@/server/search/client';
import { searchJobs } from '@/server/search/search-jobs';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.searchJobs, async ({ query }) => searchJobs(await getDb(), await getSearch(), query));
