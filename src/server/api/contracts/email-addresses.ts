import 'server-only';
import { z } from 'zod';
import { addAddressSchema } from '@/server/account/email-address-rules';
import type { RouteContract } from '@/server/http/contract';
import { SMALL_JSON_BYTES } from './common';

const emailAddressSchema = z.object({
  address: z.string().meta({ description: 'Lower-cased.', example: 'ada@example.org' }),
  primary: z.boolean().meta({ description: 'The address the person signs in with (one per account).' }),
  verified: z.boolean().meta({ description: 'Its mailed link was followed: badges issued to it count as the person’s.' }),
  verifiedAt: z.iso.datetime({ offset: true }).nullable(),
  addedAt: z.iso.datetime({ offset: true }),
});

/** A path segment naming one of your addresses; percent-encode the `@` or not, as your client does. */
const addressParams = z.object({
  address: z
    .string()
    .min(3)
    .max(1000)
    .meta({ description: 'One of your addresses, e.g. `ada@example.org` (percent-encoded or not).', example: 'ada@example.org' }),
});

const description =
  'An account has its sign-in (primary) address and up to 5 more. Badge recipient checks count every verified one, so a badge issued to an added address is confirmed once the address is. A proven address belongs to one account only.';

export const listMyEmails = {
  method: 'GET',
  path: '/api/v1/me/emails',
  operationId: 'listMyEmails',
  summary: 'Your email addresses',
  description,
  tags: ['Account'],
  auth: { session: 'any' },
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'The primary address first, then the added ones in the order they were added.',
      schema: z.object({ addresses: z.array(emailAddressSchema) }),
    },
  },
} satisfies RouteContract;

export const addMyEmail = {
  method: 'POST',
  path: '/api/v1/me/emails',
  operationId: 'addMyEmail',
  summary: 'Add an email address',
  description: `${description} The new address waits until the link mailed to it is followed (48 hours); following it re-checks your badges that are not verified.`,
  tags: ['Account'],
  auth: { session: 'any' },
  body: { maxBytes: SMALL_JSON_BYTES, json: addAddressSchema },
  rateLimit: 'email-add',
  responses: { 201: { description: 'Added, waiting for its link.', schema: z.object({ address: emailAddressSchema }) } },
  problems: ['email:already_added', 'email:taken', 'email:limit_reached'],
} satisfies RouteContract;

export const resendMyEmailLink = {
  method: 'POST',
  path: '/api/v1/me/emails/{address}/verification',
  operationId: 'resendMyEmailLink',
  summary: 'Send the verification link again',
  description: 'Mails a new link to an address of yours that waits for one. An address already verified is left as it is (`alreadyVerified: true`).',
  tags: ['Account'],
  auth: { session: 'any' },
  params: addressParams,
  rateLimit: 'email-resend',
  responses: { 200: { description: 'Sent, or nothing to send.', schema: z.object({ address: z.string(), alreadyVerified: z.boolean() }) } },
} satisfies RouteContract;

export const makeMyEmailPrimary = {
  method: 'POST',
  path: '/api/v1/me/emails/{address}/primary',
  operationId: 'makeMyEmailPrimary',
  summary: 'Sign in with another address',
  description:
    'Makes a verified address the primary one: you sign in with it from now on (your sessions stay signed in). The old primary stays on the account as an added address, and is told of the change by mail.',
  tags: ['Account'],
  auth: { session: 'any' },
  params: addressParams,
  rateLimit: 'api-write',
  responses: {
    200: {
      description: 'The new primary address; `changed: false` when it already was.',
      schema: z.object({ address: z.string(), previous: z.string(), changed: z.boolean() }),
    },
  },
  problems: ['email:not_verified', 'email:taken'],
} satisfies RouteContract;

export const removeMyEmail = {
  method: 'DELETE',
  path: '/api/v1/me/emails/{address}',
  operationId: 'removeMyEmail',
  summary: 'Remove an email address',
  description:
    'Removes an added address. Not the primary one, and not your only verified one. Badges that were confirmed through it are checked again (`badgesRechecked`).',
  tags: ['Account'],
  auth: { session: 'any' },
  params: addressParams,
  rateLimit: 'api-write',
  responses: { 200: { description: 'Removed.', schema: z.object({ address: z.string(), badgesRechecked: z.int() }) } },
  problems: ['email:cannot_remove'],
} satisfies RouteContract;
