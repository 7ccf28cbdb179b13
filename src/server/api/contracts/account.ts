import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';
import { addToShortlistSchema } from '@/server/orgs/shortlists';
import { SMALL_JSON_BYTES } from './common';

export const listShortlists = {
  method: 'GET',
  path: '/api/v1/shortlists',
  operationId: 'listShortlists',
  summary: "Your organisation's shortlists",
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'The lists with their candidate counts, newest first.',
      schema: z.object({
        shortlists: z.array(
          z.object({
            id: z.uuid(),
            name: z.string(),
            createdAt: z.iso.datetime({ offset: true }),
            candidates: z.int().meta({ description: 'Candidates on the list.' }),
          }),
        ),
      }),
    },
  },
} satisfies RouteContract;

export const addToShortlist = {
  method: 'POST',
  path: '/api/v1/shortlists',
  operationId: 'addToShortlist',
  summary: 'Add a candidate to a shortlist',
  description: '`{ cvId, shortlistId }` for an existing list, or `{ cvId, newListName }` to start one.',
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  body: { maxBytes: SMALL_JSON_BYTES, json: addToShortlistSchema },
  rateLimit: 'api-write',
  responses: { 201: { description: 'The list the candidate is on.', schema: z.object({ shortlistId: z.uuid(), name: z.string() }) } },
  problems: ['not_found', 'conflict'],
} satisfies RouteContract;

export const exportMyData = {
  method: 'GET',
  path: '/api/v1/me/export',
  operationId: 'exportMyData',
  summary: 'Everything Badgeboard holds about you',
  description: 'A JSON download: account, CV, badges (raw credentials included), applications, notifications, mail and sign-in sessions.',
  tags: ['Account'],
  auth: { session: 'any' },
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'The export, as an attachment (`Content-Disposition: attachment`). Rows are as stored, so only the top level is described here.',
      schema: z.object({
        exportedAt: z.iso.datetime({ offset: true }),
        account: z.object({
          id: z.uuid(),
          email: z.string(),
          name: z.string(),
          emailVerifiedAt: z.iso.datetime({ offset: true }).nullable(),
          createdAt: z.iso.datetime({ offset: true }),
        }),
        identities: z.array(z.looseObject({})).meta({ description: 'Email addresses and DIDs badges may be issued to.' }),
        memberships: z.array(z.looseObject({})),
        cv: z.looseObject({}).nullable(),
        badges: z.array(z.looseObject({})).meta({ description: 'Every badge, with the raw credential exactly as attached.' }),
        applications: z.array(z.looseObject({})),
        notifications: z.array(z.looseObject({})),
        mail: z.array(z.looseObject({})).meta({ description: 'Mail Badgeboard sent you.' }),
        sessions: z.array(z.looseObject({})).meta({ description: 'Your sign-ins: when, from which browser, last active, and whether they ended.' }),
      }),
    },
  },
} satisfies RouteContract;

export const deleteMe = {
  method: 'DELETE',
  path: '/api/v1/me',
  operationId: 'deleteMyAccount',
  summary: 'Delete your account',
  description: 'Removes the account, CV, badges and applications, and takes the CV out of search. Confirm with `{ "confirm": "delete my account" }`.',
  tags: ['Account'],
  auth: { session: 'any' },
  body: {
    maxBytes: SMALL_JSON_BYTES,
    json: z.object({ confirm: z.literal('delete my account', { error: 'To delete your account, confirm with the words "delete my account".' }) }),
  },
  rateLimit: 'api-write',
  responses: { 204: { description: 'Deleted.' } },
} satisfies RouteContract;

/** A part of the service: up with its figures, or down (admins also get the error text). */
const part = <T extends z.ZodRawShape>(description: string, figures: T) =>
  z
    .union([
      z.object({ ok: z.literal(true), ...figures }),
      z.object({ ok: z.literal(false), error: z.string().optional().meta({ description: 'For admins only.' }) }),
    ])
    .meta({ description });

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']).meta({ description: '`degraded`: Elasticsearch is down (search and indexing wait); `down`: Postgres is down.' }),
  postgres: part('Postgres.', {}),
  elasticsearch: part('Elasticsearch: its cluster status; for admins also each index with its alias, mapping version and document count.', {
    status: z.string().optional().meta({ example: 'green' }),
    indices: z.array(z.looseObject({})).optional().meta({ description: 'For admins only.' }),
  }),
  outbox: part('Search sync backlog.', { pending: z.int(), oldestSeconds: z.number().meta({ description: 'Age of the oldest waiting row.' }) }),
  deadLetters: part('Search sync rows given up on after their retries.', { count: z.int() }),
});

export const health = {
  method: 'GET',
  path: '/api/health',
  operationId: 'health',
  summary: 'Liveness and lag',
  description:
    'Postgres, Elasticsearch, outbox backlog and dead letters. 503 when Postgres is down. Anonymous callers get states and counts; a signed-in admin (session cookie) also gets error text and index versions. Open to anyone, so it answers even when sessions cannot be checked.',
  tags: ['Operations'],
  auth: { anonymous: true },
  rateLimit: 'public-read',
  responses: { 200: { description: 'Up (possibly degraded).', schema: healthSchema }, 503: { description: 'Postgres is down.', schema: healthSchema } },
} satisfies RouteContract;
