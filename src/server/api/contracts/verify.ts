// Contracts of the public verification route (`POST /api/v1/verify`). Owned by the API keys work.
import 'server-only';
import { z } from 'zod';
import 'zod-openapi';
import { MAX_IMAGE_BYTES } from '@/server/badges/parse/read-badge-input';
import type { RouteContract } from '@/server/http/contract';
import { attachBadgeJson } from './badges';
import { presentedReportSchema } from './verification-report-schema';

const isoOrAsWritten = z.string().nullable().meta({
  description: 'ISO 8601 (UTC) when readable; as written in the credential otherwise (the validity check says why). Null when the credential states none.',
});

export const verifiedCredentialSchema = z.object({
  achievement: z.object({
    id: z.string().meta({ description: 'The achievement’s id. With the issuer id, it identifies the achievement.' }),
    name: z.string(),
  }),
  issuer: z.object({
    id: z.string().meta({ description: 'The issuer’s DID or https URL.' }),
    name: z.string().meta({ description: 'The name the credential claims; trust `known` and `report.issuer`, not this.' }),
    known: z.boolean().meta({ description: 'The issuer is in Badgeboard’s register of known issuers.' }),
  }),
  issuedAt: isoOrAsWritten,
  expiresAt: isoOrAsWritten,
});

const verificationSchema = z.object({ credential: verifiedCredentialSchema, report: presentedReportSchema });

export const verifyCredentialResponse = verificationSchema
  .extend({
    included: z.array(verificationSchema).meta({
      description:
        'The other credentials the input held (a wallet presentation or a learner record may hold several), each with its own report. Empty for a single badge.',
    }),
  })
  .meta({ id: 'CredentialVerification' });

export const verifyCredential = {
  method: 'POST',
  path: '/api/v1/verify',
  operationId: 'verifyCredential',
  summary: 'Verify a badge',
  description:
    'Checks any Open Badge (2.0 or 3.0) exactly as Badgeboard checks the badges on its CVs — format, proof, issuer, revocation status, validity dates — and returns the report. Send JSON `{ "text": … }` (the badge JSON, a VC-JWT, or the https URL it is hosted at) or multipart with `file` (a baked PNG or SVG, or a JSON/JWT file). Nothing is stored.\n\nThere is no person to compare the recipient with, so the `recipient` check is always `skipped` (`not_checked`): `state: verified` means the badge is genuine and unaltered, not that it belongs to whoever handed it to you. Input that is not a badge at all is a 400 problem.',
  tags: ['Verification'],
  auth: { anonymous: true, apiKey: 'verify' },
  body: {
    maxBytes: MAX_IMAGE_BYTES + 64 * 1024,
    json: attachBadgeJson,
    multipart: z.object({ file: z.string().meta({ format: 'binary', description: 'The badge file (PNG, SVG, JSON or JWT), at most 5 MB.' }) }),
  },
  rateLimit: { anonymous: 'verify-public', apiKey: 'verify-key' },
  responses: {
    200: {
      description: 'The credential’s facts and its verification report (with the facts and reports of any further credentials the input held).',
      schema: verifyCredentialResponse,
    },
  },
} satisfies RouteContract;

export type VerifyCredentialResponse = z.output<typeof verifyCredentialResponse>;
