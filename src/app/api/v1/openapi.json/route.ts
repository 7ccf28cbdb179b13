import { contracts } from '@/server/api/contracts';
import { openApiDocument } from '@/server/api/openapi';
import { defineRoute } from '@/server/http/define-route';

export const dynamic = 'force-dynamic';

export const GET = defineRoute(contracts.getOpenApiDocument, async () => openApiDocument());
