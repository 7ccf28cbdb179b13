import 'server-only';
import { z } from 'zod';
import type { RouteContract } from '@/server/http/contract';
import { idParams } from './common';
import { presentedReportSchema } from './verification-report-schema';

/** A presentation with a few badges is tens of kilobytes; images inside credentials can make it larger. */
const PRESENTATION_BYTES = 2 * 1024 * 1024;

const exchangeResultSchema = z
  .object({
    attached: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        issuerName: z.string(),
        issuerKnown: z.boolean(),
        state: z.string().meta({ description: 'verified, failed, unverified, …, as on the badge page.' }),
        failingCode: z.string().nullable().meta({ description: 'The code of the check that decided a failed or unverified state.' }),
        failing: presentedReportSchema.shape.checks.element.nullable().meta({ description: 'That check with its reason, as the upload list shows it.' }),
      }),
    ),
    refused: z.array(z.object({ name: z.string().nullable(), code: z.string(), detail: z.string() })),
  })
  .meta({ id: 'WalletExchangeResult', description: 'One line per credential the wallet sent: attached (with its verdict), or refused before storing.' });

export const walletExchangeSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(['pending', 'active', 'processing', 'complete', 'failed']),
    protocol: z.enum(['vcapi', 'oid4vp']).nullable(),
    holderDid: z.string().nullable().meta({ description: 'The DID the wallet proved control of, once it answered.' }),
    interactionUrl: z.url().meta({ description: 'The VCALM interaction URL to show as a QR code or link; wallets GET it with `?iuv=1`.' }),
    expiresAt: z.iso.datetime(),
    result: exchangeResultSchema.nullable(),
    error: z
      .object({ code: z.string(), detail: z.string() })
      .nullable()
      .meta({ description: 'Why the exchange failed, or why the last answer was refused (the exchange stays open then).' }),
  })
  .meta({ id: 'WalletExchange' });

export const startWalletExchange = {
  method: 'POST',
  path: '/api/v1/wallet/exchanges',
  operationId: 'startWalletExchange',
  summary: 'Start adding badges from a wallet',
  description:
    'The signed-in seeker opens a single-use exchange (10 minutes) for their CV. Show `interactionUrl` as a QR code or link; the wallet answers by VC-API or OpenID4VP; poll the status route for the outcome. Starting a new one closes the seeker’s unfinished ones.',
  tags: ['Wallet'],
  auth: { session: 'seeker' },
  rateLimit: 'wallet-start',
  responses: { 201: { description: 'The new exchange.', schema: walletExchangeSchema } },
  problems: ['not_found'],
} satisfies RouteContract;

export const getWalletExchange = {
  method: 'GET',
  path: '/api/v1/wallet/exchanges/{id}/status',
  operationId: 'getWalletExchange',
  summary: 'How a wallet exchange is going',
  description: 'For the seeker who started it (anyone else: 404). The CV page polls this while the wallet answers.',
  tags: ['Wallet'],
  auth: { session: 'seeker' },
  params: idParams,
  rateLimit: 'api-read',
  responses: { 200: { description: 'The exchange.', schema: walletExchangeSchema } },
} satisfies RouteContract;

export const getWalletInteraction = {
  method: 'GET',
  path: '/api/v1/wallet/interactions/{id}',
  operationId: 'getWalletInteraction',
  summary: 'Interaction URL (wallets)',
  description:
    'W3C VCALM interaction URL. With `?iuv=1` (a wallet) it returns the protocols object: `vcapi` (the exchange endpoint) and `OID4VP` (an `openid4vp://` authorization request). Without it (a person’s browser) it redirects to the CV page.',
  tags: ['Wallet'],
  auth: { anonymous: true },
  params: idParams,
  query: z.object({ iuv: z.enum(['1']).optional().meta({ description: 'Interaction URL version; `1` asks for the protocols object.' }) }),
  rateLimit: 'wallet-exchange',
  responses: {
    200: {
      description: 'The protocols this exchange can be answered with.',
      schema: z.object({ protocols: z.object({ vcapi: z.url(), OID4VP: z.string().meta({ description: 'openid4vp:// request, by value.' }) }) }),
    },
  },
  problems: ['wallet:exchange_expired', 'wallet:exchange_used'],
} satisfies RouteContract;

export const postVcApiExchange = {
  method: 'POST',
  path: '/api/v1/wallet/exchanges/{id}',
  operationId: 'postVcApiExchange',
  summary: 'VC-API exchange (wallets)',
  description:
    'Post `{}` to receive the Verifiable Presentation Request (DIDAuthentication + QueryByExample for Open Badges, with `challenge` and `domain`). Post `{ "verifiablePresentation": … }` signed for authentication with that challenge and domain to answer: the holder DID is bound to the seeker and each credential is verified and attached. Single use: a second answer is refused.',
  tags: ['Wallet'],
  auth: { anonymous: true },
  params: idParams,
  body: {
    maxBytes: PRESENTATION_BYTES,
    json: z
      .object({ verifiablePresentation: z.record(z.string(), z.unknown()).optional() })
      .meta({ description: '`{}` to start; the presentation to answer.' }),
  },
  rateLimit: 'wallet-exchange',
  responses: {
    200: {
      description: 'The request (first call) or, once answered, where to send the person next and what was attached.',
      schema: z.union([
        z.object({ verifiablePresentationRequest: z.record(z.string(), z.unknown()) }),
        z.object({ redirectUrl: z.url(), result: exchangeResultSchema }),
      ]),
    },
  },
  problems: [
    'wallet:exchange_expired',
    'wallet:exchange_used',
    'wallet:challenge_mismatch',
    'wallet:domain_mismatch',
    'wallet:invalid_presentation',
    'conflict',
  ],
} satisfies RouteContract;

export const postOid4vpResponse = {
  method: 'POST',
  path: '/api/v1/wallet/exchanges/{id}/openid4vp/response',
  operationId: 'postOid4vpResponse',
  summary: 'OpenID4VP response endpoint (wallets)',
  description:
    'OpenID4VP 1.0 `direct_post`: `vp_token` is a JSON object keyed by DCQL credential query id (`openbadge_ldp`: Data Integrity presentations with `challenge` = nonce and `domain` = client_id; `openbadge_jwt`: VP-JWTs with `nonce` and `aud` = client_id), and `state` echoes the request. A wallet that declines sends `error` instead.',
  tags: ['Wallet'],
  auth: { anonymous: true },
  params: idParams,
  body: {
    maxBytes: PRESENTATION_BYTES,
    form: z.object({
      vp_token: z.string().optional(),
      state: z.string().optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(2000).optional(),
    }),
  },
  rateLimit: 'wallet-exchange',
  responses: {
    200: {
      description: 'Accepted: `redirect_uri` is where the wallet sends the person next.',
      schema: z.object({ redirect_uri: z.url(), result: exchangeResultSchema }),
    },
  },
  problems: [
    'wallet:exchange_expired',
    'wallet:exchange_used',
    'wallet:challenge_mismatch',
    'wallet:domain_mismatch',
    'wallet:invalid_presentation',
    'conflict',
  ],
} satisfies RouteContract;
