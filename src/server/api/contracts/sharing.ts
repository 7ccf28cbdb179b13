// Contracts of the sharing routes: public badge pages' API (verify now, credential download) and the holder's exports.
import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';
import { badgeSchema } from './badges';
import { idParams } from './common';

const whoMayOpen =
  'Anyone who may open the badge’s public page (`/b/{id}`): its owner always; others once it verified at least once and while the owner shares it with them (public, or following a CV they may see). Anything else is 404.';

export const verifySharedBadge = {
  method: 'POST',
  path: '/api/v1/shared-badges/{id}/verify',
  operationId: 'verifySharedBadge',
  summary: 'Verify a shared badge now',
  description: `The public page’s “Verify now”: every check runs again (revocation status, dates and recipient afresh; the proof of the same bytes is reused) and the new state is stored and shown to everyone. ${whoMayOpen} No body. Signed-out visitors are limited per address.`,
  tags: ['Sharing'],
  auth: { anonymous: true, session: 'any' },
  params: idParams,
  rateLimit: { anonymous: 'verify-now', session: 'verify-now' },
  responses: {
    200: {
      description: 'The badge with its new report (the reasons meant for others, unless you are its owner), and whether its state changed.',
      schema: badgeSchema.extend({ changed: z.boolean().meta({ description: 'Whether the state differs from the one before this check.' }) }),
    },
  },
  problems: ['not_found'],
} satisfies RouteContract;

export const downloadSharedBadgeCredential = {
  method: 'GET',
  path: '/api/v1/shared-badges/{id}/credential',
  operationId: 'downloadSharedBadgeCredential',
  summary: 'Download a shared badge’s credential',
  description: `The credential exactly as its holder attached it, as an attachment named after the achievement: JSON (\`application/json\`, an Open Badges 2.0 assertion or an Open Badges 3.0 credential) or a compact VC-JWT (\`application/jwt\`, the token as text). A badge attached as a baked image is sent as the credential inside it. Verify it with any verifier, or with \`POST /api/v1/verify\`. ${whoMayOpen}`,
  tags: ['Sharing'],
  auth: { anonymous: true, session: 'any' },
  params: idParams,
  rateLimit: { anonymous: 'public-read', session: 'api-read' },
  responses: {
    200: {
      description: 'The credential (`Content-Disposition: attachment`). JSON is described here; a VC-JWT comes as `application/jwt` text.',
      schema: z.looseObject({}).meta({ description: 'The credential as issued.' }),
    },
  },
  problems: ['not_found'],
} satisfies RouteContract;

export const exportBadgesPresentation = {
  method: 'GET',
  path: '/api/v1/me/badges/presentation',
  operationId: 'exportBadgesPresentation',
  summary: 'All my badges as one Verifiable Presentation',
  description:
    'An unsigned Verifiable Presentation (W3C VCDM 2.0 context) holding every Open Badges 3.0 credential on your CV, whatever its state: JSON credentials as attached, VC-JWTs as `EnvelopedVerifiableCredential` (`id: data:application/vc+jwt,<token>`). Each credential keeps its issuer’s proof; the presentation itself carries none. `holder` is the DID you proved to Badgeboard by signing a wallet challenge, and is left out when you have proved none. Open Badges 2.0 assertions are not Verifiable Credentials, so they are left out (the `Badgeboard-Left-Out` header counts them); they are in the JSON Resume export and in your data export.',
  tags: ['Sharing'],
  auth: { session: 'seeker' },
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'The presentation, as an attachment (`badgeboard-badges.json`).',
      contentType: 'application/json',
      schema: z
        .object({
          '@context': z.array(z.string()),
          id: z.string().meta({ description: 'A fresh `urn:uuid:` for this export.' }),
          type: z.array(z.literal('VerifiablePresentation')),
          holder: z.string().optional().meta({ description: 'Your proven DID, when you have one.' }),
          verifiableCredential: z.array(z.looseObject({})),
        })
        .meta({ id: 'BadgesPresentation' }),
    },
  },
} satisfies RouteContract;

export const exportBadgesJsonResume = {
  method: 'GET',
  path: '/api/v1/me/badges/json-resume',
  operationId: 'exportBadgesJsonResume',
  summary: 'My verified badges as a JSON Resume',
  description:
    'A JSON Resume (schema v1.0.0) with your name, headline, summary and location under `basics` and each verified badge under `certificates`: `name`, `date` (issued, YYYY-MM-DD), `issuer` (the registry’s name for a known issuer, else the name the credential claims), `url` (its public badge page, when others may open it) and `x-badgeboard` (its state, issuer id, whether the issuer is known, and the credential itself: an object, or a VC-JWT string). Your email is not included.',
  tags: ['Sharing'],
  auth: { session: 'seeker' },
  rateLimit: 'api-read',
  responses: {
    200: {
      description: 'The résumé, as an attachment (`badgeboard-resume.json`).',
      schema: z
        .object({
          $schema: z.string(),
          basics: z.object({
            name: z.string(),
            label: z.string().optional(),
            summary: z.string().optional(),
            location: z.object({ city: z.string() }).optional(),
          }),
          certificates: z.array(
            z.object({
              name: z.string(),
              date: z.string().optional(),
              issuer: z.string(),
              url: z.url().optional(),
              'x-badgeboard': z.object({
                badgeId: z.uuid(),
                state: z.string(),
                checkedAt: z.iso.datetime(),
                issuerId: z.string(),
                issuerKnown: z.boolean(),
                format: z.string(),
                credential: z.union([z.looseObject({}), z.string()]),
              }),
            }),
          ),
          meta: z.object({ version: z.string(), lastModified: z.iso.datetime() }),
        })
        .meta({ id: 'BadgesJsonResume' }),
    },
  },
} satisfies RouteContract;
