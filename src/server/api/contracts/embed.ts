// Contracts of the embed routes: what the badge section other job sites embed (`/embed/v1/badges.js`) reads.
import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';

export const embedCvParams = z.object({ cvId: z.uuid().meta({ description: 'The CV’s id (the `cv` attribute of the snippet).' }) });

const embeddedBadge = z.object({
  id: z.uuid(),
  name: z.string().meta({ description: 'The achievement, as the credential names it.' }),
  issuer: z.object({
    id: z.string().meta({ description: 'A DID or an https URL.' }),
    name: z.string().meta({ description: 'The registry’s name when `known`; otherwise the credential’s own claim.' }),
    known: z.boolean(),
  }),
  state: z.literal('verified'),
  level: z.enum(['known_issuer', 'unknown_issuer']).nullable(),
  issuedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  checkedAt: z.iso.datetime().meta({ description: 'When Badgeboard last ran the checks.' }),
  image: z.string().nullable().meta({ description: 'The badge image when the credential carries it (a data: URI); never a link to another host.' }),
  url: z.url().meta({ description: 'The badge’s public page, with its report and “Verify now”.' }),
});

export const embedCvBadges = {
  method: 'GET',
  path: '/api/v1/embed/cvs/{cvId}/badges',
  operationId: 'embedCvBadges',
  summary: 'A CV’s badges for an embedded section',
  description:
    'What `<badgeboard-badges cv="…">` shows on another site: the CV’s badges that are verified now and shared with anyone (the holder’s choice per badge, or a public CV). Anonymous, readable from any origin (`Access-Control-Allow-Origin: *`), no cookies read or set, cached for a minute. The holder’s name and CV link come only with at least one badge.',
  tags: ['Sharing'],
  auth: { anonymous: true },
  params: embedCvParams,
  rateLimit: 'public-read',
  cacheControl: 'public, max-age=60, stale-while-revalidate=300',
  cors: 'any-origin',
  responses: {
    200: {
      description: 'The listed badges, newest first.',
      schema: z
        .object({
          holderName: z.string().nullable(),
          cvUrl: z.url().nullable().meta({ description: 'The public CV, when the CV itself is public.' }),
          badges: z.array(embeddedBadge),
        })
        .meta({ id: 'EmbeddedBadges' }),
    },
  },
  problems: ['not_found'],
} satisfies RouteContract;
