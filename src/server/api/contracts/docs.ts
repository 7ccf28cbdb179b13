import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';

// Contracts of the developer-facing routes (the OpenAPI document itself).

export const getOpenApiDocument = {
  method: 'GET',
  path: '/api/v1/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This API as an OpenAPI 3.1 document',
  description: 'Generated from the same schemas the routes validate with. The /developers page renders it.',
  tags: ['Developers'],
  auth: { anonymous: true },
  rateLimit: 'public-read',
  cacheControl: 'public, max-age=300',
  responses: {
    200: {
      description: 'The OpenAPI document.',
      schema: z.looseObject({
        openapi: z.literal('3.1.0'),
        info: z.looseObject({ title: z.string(), version: z.string() }),
        paths: z.record(z.string(), z.looseObject({})),
      }),
    },
  },
} satisfies RouteContract;
