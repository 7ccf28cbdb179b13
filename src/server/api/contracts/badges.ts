import 'server-only';
import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/server/badges/parse/read-badge-input';
import type { RouteContract } from '@/server/http/contract';
import { idParams } from './common';
import { presentedReportSchema } from './verification-report-schema';

/** One check with its reason, as `renderCheck` makes it. */
const renderedCheckSchema = presentedReportSchema.shape.checks.element;

/** A badge as the API sends it (`badgeResponse` in src/server/badges/badge-response.ts). */
export const badgeSchema = z
  .object({
    id: z.uuid(),
    achievement: z.object({ id: z.string(), name: z.string() }).meta({ description: 'What the badge is for, as the credential names it.' }),
    issuer: z
      .object({
        id: z.string().meta({ description: 'A DID or an https URL.' }),
        name: z.string().meta({ description: 'As the credential claims it.' }),
        known: z.boolean(),
      })
      .meta({ description: "The issuer; `known` when it is in Badgeboard's known-issuer registry." }),
    issuedAt: z.iso.datetime().nullable().meta({ description: 'When the credential says it was issued (ISO 8601, UTC).' }),
    expiresAt: z.iso.datetime().nullable().meta({ description: 'When it expires, if it says.' }),
    state: presentedReportSchema.shape.state,
    report: presentedReportSchema,
  })
  .meta({ id: 'Badge' });

export const getBadge = {
  method: 'GET',
  path: '/api/v1/badges/{id}',
  operationId: 'getBadge',
  summary: 'A badge and its verification report',
  description:
    'For any signed-in viewer who may see it: the owner always; others only while it is verified (or being checked) on a CV they may see. Anything else is 404.',
  tags: ['Badges'],
  auth: { session: 'any' },
  params: idParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The badge, with `report` as the badge page renders it.', schema: badgeSchema } },
  problems: ['not_found'],
} satisfies RouteContract;

export const getBadgeImage = {
  method: 'GET',
  path: '/api/v1/badges/{id}/image',
  operationId: 'getBadgeImage',
  summary: 'A badge’s artwork',
  description:
    'The image Badgeboard kept from the baked badge (or from an image carried inside the credential): PNG, JPEG, GIF or WebP, text chunks removed, at most 512 KB. For whoever may see the badge, on its CV or its public page; anything else is 404. Images on issuers’ hosts are never linked.',
  tags: ['Badges'],
  auth: { anonymous: true, session: 'any' },
  params: idParams,
  rateLimit: { anonymous: 'public-read', session: 'api-read' },
  responses: { 200: { description: 'The image.', contentType: 'image/png', schema: z.string().meta({ format: 'binary' }) } },
  problems: ['not_found'],
} satisfies RouteContract;

export const deleteBadge = {
  method: 'DELETE',
  path: '/api/v1/badges/{id}',
  operationId: 'deleteBadge',
  summary: 'Remove a badge from your CV',
  description: 'The owner removes a badge; it leaves search with the next outbox drain.',
  tags: ['Badges'],
  auth: { session: 'seeker' },
  params: idParams,
  rateLimit: 'api-write',
  responses: { 204: { description: 'Removed.' } },
  problems: ['not_found'],
} satisfies RouteContract;

export const reverifyBadge = {
  method: 'POST',
  path: '/api/v1/badges/{id}/verify',
  operationId: 'reverifyBadge',
  summary: 'Check a badge again',
  description: 'The owner asks for a fresh verification now: `{ state, changed }` and the badge with its new report.',
  tags: ['Badges'],
  auth: { session: 'seeker' },
  params: idParams,
  rateLimit: 'badge-attach',
  responses: {
    200: {
      description: 'The new state, whether it changed, and the badge.',
      schema: badgeSchema.extend({ changed: z.boolean().meta({ description: 'Whether the state differs from the one before this check.' }) }),
    },
  },
  problems: ['not_found'],
} satisfies RouteContract;

export const attachBadgeJson = z.object({
  text: z
    .string()
    .min(1, 'Paste the badge: its JSON, its JWT, or the https URL it is hosted at.')
    .meta({ description: 'The badge as JSON, a VC-JWT, or an https URL.' }),
});

export const attachBadge = {
  method: 'POST',
  path: '/api/v1/cv/badges',
  operationId: 'attachBadge',
  summary: 'Attach a badge to your CV',
  description:
    'Multipart with `file` (a baked PNG or SVG, or a JSON/JWT file), or JSON `{ "text": … }`. The badge is verified at once; one that fails is still stored, shown to you with the failing check and its fix, and never shown to others.',
  tags: ['Badges'],
  auth: { session: 'seeker' },
  body: {
    maxBytes: MAX_IMAGE_BYTES + 64 * 1024,
    json: attachBadgeJson,
    multipart: z.object({ file: z.string().meta({ format: 'binary', description: 'The badge file (PNG, SVG, JSON or JWT), at most 5 MB.' }) }),
  },
  rateLimit: 'badge-attach',
  responses: {
    201: {
      description: 'What was attached (a CLR may hold several badges), each with its state and, if it failed, the failing check.',
      schema: z.object({
        attached: z.array(
          z.object({
            id: z.uuid().meta({ description: 'The badge id (see `getBadge`).' }),
            name: z.string().meta({ description: 'The achievement name.' }),
            issuerName: z.string().meta({ description: "The registry's name for a known issuer, else the credential's claim." }),
            issuerKnown: z.boolean(),
            state: presentedReportSchema.shape.state,
            failing: renderedCheckSchema
              .nullable()
              .meta({ description: 'The check that decided a state other than `verified`, with its reason; null when verified.' }),
          }),
        ),
      }),
    },
  },
  problems: ['conflict'],
} satisfies RouteContract;
