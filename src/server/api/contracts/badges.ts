import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/server/badges/parse/read-badge-input';
import type { RouteContract } from '@/server/http/contract';
import { idParams } from './common';

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
  responses: { 200: { description: 'The badge, with `report` as the badge page renders it.' } },
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
  responses: { 200: { description: 'The new state, whether it changed, and the badge.' } },
  problems: ['not_found'],
} satisfies RouteContract;

export const attachBadgeJson = z.object({
  text: z.string().min(1, 'Paste the badge: its JSON, its JWT, or the https URL it is hosted at.').meta({ description: 'The badge as JSON, a VC-JWT, or an https URL.' }),
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
  responses: { 201: { description: 'What was attached (a CLR may hold several badges), each with its state and, if it failed, the failing check.' } },
  problems: ['conflict'],
} satisfies RouteContract;
