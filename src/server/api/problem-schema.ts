import 'server-only';
import { z } from 'zod';
import 'zod-openapi';
import { errorCodes } from '@/server/errors';

/**
 * RFC 9457 problem details as `toProblem` writes them (`src/server/errors.ts`): the shared `Problem` component of the
 * OpenAPI document. Loose: `toProblem` copies a few extensions from the error (`requiredScope`, `badgeId`, `retryAfter`).
 */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({
      description: 'Where this kind of problem is explained: the /developers page, anchor `problem-<area>-<reason>`.',
      example: 'https://badgeboard.example/developers#problem-search-bad_cursor',
    }),
    title: z.string().meta({ description: 'A short summary of the kind of problem; the same for every occurrence of the code.', example: 'Stale page cursor' }),
    status: z.int().min(400).max(599).meta({ description: 'The HTTP status, repeated.', example: 400 }),
    detail: z.string().meta({ description: 'What went wrong this time, and what to do. For people: never branch on it.' }),
    code: z.enum(errorCodes).meta({ description: 'The stable machine code, `<area>:<reason>`: branch on this.', example: 'search:bad_cursor' }),
    instance: z.string().optional().meta({ description: 'The path of the request that failed.', example: '/api/v1/candidates/search' }),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'Dotted path of the field (`req.0`); `_form` for the input as a whole.', example: 'req.0' }),
          pointer: z.string().meta({ description: 'The same place as a JSON Pointer fragment.', example: '#/req/0' }),
          detail: z.string().meta({ description: 'What is wrong with it.' }),
        }),
      )
      .optional()
      .meta({ description: 'One entry per invalid field (with `input:invalid`).' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem, sent as `application/problem+json` with every 4xx and 5xx answer of the API.' });

export type ProblemShape = z.infer<typeof problemSchema>;
