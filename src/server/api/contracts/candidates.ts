import 'server-only';
import { z } from 'zod';
import { NOTE_MAX, TAGS_PER_CANDIDATE } from '@/lib/candidate-tags';
import type { RouteContract } from '@/server/http/contract';
import { addNoteSchema, tagListSchema } from '@/server/orgs/candidate-notes';
import { entryNoteSchema, renameShortlistSchema } from '@/server/orgs/shortlists';
import { idParams, SMALL_JSON_BYTES } from './common';

// An organisation's own working data about candidates: private to its members, so signed-in members only. API keys
// are not admitted: the scopes existing keys were given never covered notes, and a key is nobody to sign a note.

const cvParams = z.object({ cvId: z.uuid().meta({ description: 'The candidate’s CV id (as in `/p/{cvId}` and search results).' }) });
const entryParams = z.object({
  id: z.uuid().meta({ description: 'The shortlist id.' }),
  cvId: z.uuid().meta({ description: 'The candidate’s CV id.' }),
});

const noteSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  authorName: z.string().nullable().meta({ description: 'Null once the author’s account is gone.' }),
  mine: z.boolean().meta({ description: 'Written by the caller (only the author may delete a note).' }),
});
const tagsResponse = z.object({ tags: z.array(z.string()).meta({ description: 'Alphabetically, in the spelling first used.' }) });
const who =
  'Only for members of an organisation that may see the candidate: by the CV’s visibility, or because the candidate applied to one of its roles. Anyone else gets 404, as for a CV that does not exist.';

export const listCandidateNotes = {
  method: 'GET',
  path: '/api/v1/candidates/{cvId}/notes',
  operationId: 'listCandidateNotes',
  summary: 'Your organisation’s notes on a candidate',
  description: `Private to the organisation; the candidate never sees them. ${who}`,
  tags: ['Candidates'],
  auth: { session: 'employer' },
  params: cvParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The notes, newest first.', schema: z.object({ notes: z.array(noteSchema) }) } },
  problems: ['not_found'],
} satisfies RouteContract;

export const addCandidateNote = {
  method: 'POST',
  path: '/api/v1/candidates/{cvId}/notes',
  operationId: 'addCandidateNote',
  summary: 'Write a note on a candidate',
  description: `\`{ "body": "…" }\`, 1–${NOTE_MAX} characters, plain text. ${who}`,
  tags: ['Candidates'],
  auth: { session: 'employer' },
  params: cvParams,
  body: { maxBytes: SMALL_JSON_BYTES * 2, json: addNoteSchema.pick({ body: true }) },
  rateLimit: 'api-write',
  responses: { 201: { description: 'The note as stored.', schema: noteSchema } },
  problems: ['not_found'],
} satisfies RouteContract;

export const getCandidateTags = {
  method: 'GET',
  path: '/api/v1/candidates/{cvId}/tags',
  operationId: 'getCandidateTags',
  summary: 'Your organisation’s tags on a candidate',
  description: `Private to the organisation. ${who}`,
  tags: ['Candidates'],
  auth: { session: 'employer' },
  params: cvParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The tags.', schema: tagsResponse } },
  problems: ['not_found'],
} satisfies RouteContract;

export const putCandidateTags = {
  method: 'PUT',
  path: '/api/v1/candidates/{cvId}/tags',
  operationId: 'putCandidateTags',
  summary: 'Set a candidate’s tags',
  description: `\`{ "tags": ["Strong fit", "Call back"] }\` replaces the organisation’s tags on the candidate: each 1–40 characters, spaces tidied, one of each whatever the case, at most ${TAGS_PER_CANDIDATE}. \`[]\` removes them all. ${who}`,
  tags: ['Candidates'],
  auth: { session: 'employer' },
  params: cvParams,
  body: { maxBytes: SMALL_JSON_BYTES, json: z.object({ tags: tagListSchema }) },
  rateLimit: 'api-write',
  responses: { 200: { description: 'The tags now.', schema: tagsResponse } },
  problems: ['not_found'],
} satisfies RouteContract;

export const renameShortlist = {
  method: 'PATCH',
  path: '/api/v1/shortlists/{id}',
  operationId: 'renameShortlist',
  summary: 'Rename a shortlist',
  description: '`{ "name": "…" }`, 1–80 characters. Only your organisation’s lists; any other id is 404.',
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  params: idParams,
  body: { maxBytes: SMALL_JSON_BYTES, json: renameShortlistSchema.pick({ name: true }) },
  rateLimit: 'api-write',
  responses: { 200: { description: 'The list.', schema: z.object({ id: z.uuid(), name: z.string() }) } },
  problems: ['not_found'],
} satisfies RouteContract;

export const deleteShortlist = {
  method: 'DELETE',
  path: '/api/v1/shortlists/{id}',
  operationId: 'deleteShortlist',
  summary: 'Delete a shortlist',
  description: 'The list and its entries go; the candidates, and your notes and tags on them, stay.',
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  params: idParams,
  rateLimit: 'api-write',
  responses: { 204: { description: 'Deleted.' } },
  problems: ['not_found'],
} satisfies RouteContract;

export const removeShortlistCandidate = {
  method: 'DELETE',
  path: '/api/v1/shortlists/{id}/candidates/{cvId}',
  operationId: 'removeShortlistCandidate',
  summary: 'Take a candidate off a shortlist',
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  params: entryParams,
  rateLimit: 'api-write',
  responses: { 204: { description: 'Removed.' } },
  problems: ['not_found'],
} satisfies RouteContract;

export const setShortlistEntryNote = {
  method: 'PATCH',
  path: '/api/v1/shortlists/{id}/candidates/{cvId}',
  operationId: 'setShortlistEntryNote',
  summary: 'Note why a candidate is on a shortlist',
  description: '`{ "note": "…" }`, up to 1,000 characters; an empty note clears it.',
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  params: entryParams,
  body: { maxBytes: SMALL_JSON_BYTES, json: entryNoteSchema.pick({ note: true }) },
  rateLimit: 'api-write',
  responses: { 200: { description: 'The note now.', schema: z.object({ note: z.string().nullable() }) } },
  problems: ['not_found'],
} satisfies RouteContract;

const csvDescription =
  'CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF rows) as an attachment. Badges: the verified ones, one per line in the cell, each with its issuer and state; `Badge pages` has their `/b/{id}` links in the same order. A field a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) starts with an apostrophe.';

export const exportShortlist = {
  method: 'GET',
  path: '/api/v1/shortlists/{id}/export',
  operationId: 'exportShortlist',
  summary: 'Download a shortlist as CSV',
  description: `Name, headline, location, date added, entry note, your tags, verified badges, badge pages and the CV link of each candidate you may still see. ${csvDescription}`,
  tags: ['Shortlists'],
  auth: { session: 'employer' },
  params: idParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The CSV file.', contentType: 'text/csv', schema: z.string().meta({ description: 'CSV text.' }) } },
  problems: ['not_found'],
} satisfies RouteContract;

export const exportApplicants = {
  method: 'GET',
  path: '/api/v1/jobs/{id}/applicants/export',
  operationId: 'exportApplicants',
  summary: 'Download a role’s applicants as CSV',
  description: `Ranked as on the applicants page: name, email (shared by applying), headline, location, stage, date applied, your tags, verified badges, badge pages and CV link. Only for members of the organisation that posted the role. ${csvDescription}`,
  tags: ['Jobs'],
  auth: { session: 'employer' },
  params: idParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The CSV file.', contentType: 'text/csv', schema: z.string().meta({ description: 'CSV text.' }) } },
  problems: ['not_found'],
} satisfies RouteContract;
