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
  responses: { 200: { description: 'The lists with their candidate counts.' } },
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
  responses: { 201: { description: 'The list the candidate is on.' } },
  problems: ['not_found', 'conflict'],
} satisfies RouteContract;

export const exportMyData = {
  method: 'GET',
  path: '/api/v1/me/export',
  operationId: 'exportMyData',
  summary: 'Everything Badgeboard holds about you',
  description: 'A JSON download: account, CV, badges (raw credentials included), applications, notifications.',
  tags: ['Account'],
  auth: { session: 'any' },
  rateLimit: 'api-read',
  responses: { 200: { description: 'The export, as an attachment.' } },
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

export const health = {
  method: 'GET',
  path: '/api/health',
  operationId: 'health',
  summary: 'Liveness and lag',
  description: 'Postgres, Elasticsearch, outbox backlog and dead letters. 503 when Postgres is down. Anonymous callers get states and counts; admins also get details.',
  tags: ['Operations'],
  auth: { anonymous: true, session: 'any' },
  rateLimit: 'public-read',
  responses: { 200: { description: 'Up (possibly degraded).' }, 503: { description: 'Postgres is down.' } },
} satisfies RouteContract;
