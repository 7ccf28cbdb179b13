import 'server-only';
import { z } from 'zod';
import 'zod-openapi';
import { BADGE_STATES, CHECK_NAMES } from '@/lib/verification/model';

// The verification report as every edge sends it (`presentReport` in src/lib/verification/present.ts), for response
// schemas: the verify route's, and any route that returns a badge with its report.

const checkParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).meta({
  description: 'The values the reason was rendered from (e.g. `{ "list": "https://…" }`). Their keys depend on the code.',
});

const renderedCheckSchema = z.object({
  check: z.enum(CHECK_NAMES).meta({ description: 'Which of the six checks.' }),
  status: z.enum(['ok', 'failed', 'warning', 'skipped']).meta({ description: '`warning`: passed, with notes. `skipped`: not checked (see `code`).' }),
  code: z
    .string()
    .meta({ description: 'Stable machine code, unique within its check (e.g. `invalid_signature`, `revoked`). Branch on this.', example: 'valid' }),
  params: checkParams,
  notes: z
    .array(z.object({ code: z.string(), params: checkParams }))
    .optional()
    .meta({ description: 'Secondary findings that did not decide the status.' }),
  reason: z.string().meta({ description: 'The result in words, for people. Never parse it: use `code`.' }),
  noteReasons: z.array(z.string()).meta({ description: 'Each note in words, in the order of `notes`.' }),
});

const issuerTrustSchema = z.object({
  id: z.string().meta({ description: 'The issuer: its DID or https URL. This, not the name, is who the issuer is.' }),
  claimedName: z.string().meta({ description: 'The name the credential claims.' }),
  known: z.boolean().meta({ description: 'In Badgeboard’s register of known issuers.' }),
  knownName: z.string().nullable().meta({ description: 'The registered name, when known.' }),
  domains: z.array(z.string()),
  source: z.enum(['organisation', 'admin', 'registry']).nullable().meta({ description: 'How the issuer came to be known.' }),
});

const endorsementSchema = z.object({
  issuerId: z.string(),
  issuerName: z.string(),
  state: z.enum(BADGE_STATES),
  issuerKnown: z.boolean(),
  comment: z.string().nullable(),
});

export const presentedReportSchema = z
  .object({
    state: z.enum(BADGE_STATES).meta({ description: '`verified` only when every required check passed.' }),
    level: z
      .enum(['known_issuer', 'unknown_issuer'])
      .nullable()
      .meta({ description: 'For a verified badge: whether its issuer is known to Badgeboard. Null otherwise.' }),
    checks: z.array(renderedCheckSchema).meta({ description: 'format, proof, issuer, status, validity, recipient — in that order.' }),
    checkedAt: z.iso.datetime().meta({ description: 'When the checks ran (ISO 8601, UTC).' }),
    issuer: issuerTrustSchema.optional(),
    endorsements: z
      .array(endorsementSchema)
      .optional()
      .meta({ description: 'Endorsements carried in the badge, each verified on its own; they never change `state`.' }),
  })
  .meta({ id: 'VerificationReport', description: 'The checks behind a badge’s state, each as a stable code with its reason in words.' });
