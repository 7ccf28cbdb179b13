import 'server-only';
import { renderCheck } from '@/lib/verification/render';
import type { Database } from '@/server/db/client';
import { eq } from 'drizzle-orm';
import { users, type WalletExchangeResult } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { wakeDrainer } from '@/server/search/sync/drainer';
import { markActive, openExchange, type WalletExchange } from './exchanges';
import { exchangeUrls, oid4vpClientId, protocolsObject, vcapiDomain, verifiablePresentationRequest } from './protocols';
import { noteRefusal, receivePresentation } from './receive-presentation';
import { verifyJwtPresentation, verifyLinkedDataPresentation, type HolderPresentation } from './verify-presentation';

/** An exchange as the seeker's CV page and the API show it. */
export function exchangeView(row: WalletExchange, baseUrl: string) {
  return {
    id: row.id,
    state: row.state,
    protocol: row.protocol ?? null,
    holderDid: row.holderDid ?? null,
    interactionUrl: exchangeUrls(baseUrl, row.id).interaction,
    expiresAt: row.expiresAt.toISOString(),
    result: row.result ? presentResult(row.result) : null,
    error: row.error ?? null,
  };
}
/** Each attached badge's deciding check in words, as the upload list shows it. */
function presentResult(result: WalletExchangeResult) {
  return {
    attached: result.attached.map(({ failing, ...badge }) => ({ ...badge, failing: failing ? renderCheck(failing) : null })),
    refused: result.refused,
  };
}

export type WalletExchangeView = ReturnType<typeof exchangeView>;

/** The interaction URL's answer to a wallet: the protocols it may use for this exchange. */
export async function interactionProtocols(db: Database, id: string, baseUrl: string) {
  const exchange = await openExchange(db, id);
  return protocolsObject(baseUrl, exchange.id, exchange.challenge, await ownerName(db, exchange.userId));
}

async function ownerName(db: Database, userId: string): Promise<string | null> {
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return user?.name ?? null;
}

/** VC-API: `{}` asks for the request; `{ verifiablePresentation }` answers it. */
export async function vcapiExchange(
  db: Database,
  id: string,
  body: { verifiablePresentation?: Record<string, unknown> },
  baseUrl: string,
): Promise<{ verifiablePresentationRequest: Record<string, unknown> } | { redirectUrl: string; result: ReturnType<typeof presentResult> }> {
  if (!body.verifiablePresentation) {
    const exchange = await openExchange(db, id);
    await markActive(db, exchange.id, 'vcapi');
    return { verifiablePresentationRequest: verifiablePresentationRequest(baseUrl, exchange.challenge, await ownerName(db, exchange.userId)) };
  }
  const presentation = body.verifiablePresentation;
  const domain = vcapiDomain(baseUrl);
  const outcome = await receivePresentation(db, id, 'vcapi', async (exchange) => [
    await verifyLinkedDataPresentation(presentation, { challenge: exchange.challenge, domain }),
  ]);
  wakeDrainer();
  const { holder: _holder, ...result } = outcome;
  return { redirectUrl: `${baseUrl.replace(/\/$/, '')}/cv?wallet=${id}`, result: presentResult(result) };
}

/** OpenID4VP `direct_post`: the form fields the wallet sent. */
export async function oid4vpResponse(
  db: Database,
  id: string,
  form: { vp_token?: string; state?: string; error?: string; error_description?: string },
  baseUrl: string,
): Promise<{ redirect_uri: string; result: ReturnType<typeof presentResult> }> {
  if (form.error) {
    const exchange = await openExchange(db, id);
    // The text comes from whoever holds the link: only an OAuth error code is repeated, never free text.
    const code = /^[a-z_]{1,64}$/.test(form.error) ? form.error : 'an error';
    const detail = `The wallet answered “${code}” instead of sharing badges (for example, its holder declined). Start again when you are ready.`;
    const declined = new AppError('wallet:invalid_presentation', detail, { reason: 'wallet_error' });
    await noteRefusal(db, exchange.id, declined);
    throw declined;
  }
  if (form.state !== undefined && form.state !== id)
    throw new AppError('wallet:invalid_presentation', 'The `state` does not match this exchange: the response belongs to another request.', {
      reason: 'state_mismatch',
    });
  if (!form.vp_token) throw new AppError('input:invalid', 'Send `vp_token` (or `error` when the holder declines).', { fields: { vp_token: ['Required.'] } });
  const token = parseVpToken(form.vp_token);
  const audience = oid4vpClientId(exchangeUrls(baseUrl, id));
  const outcome = await receivePresentation(db, id, 'oid4vp', async (exchange) => {
    const out: HolderPresentation[] = [];
    for (const presentation of token) {
      out.push(
        typeof presentation === 'string'
          ? await verifyJwtPresentation(presentation, { nonce: exchange.challenge, audience })
          : await verifyLinkedDataPresentation(presentation, { challenge: exchange.challenge, domain: audience }),
      );
    }
    return out;
  });
  wakeDrainer();
  const { holder: _holder, ...result } = outcome;
  return { redirect_uri: `${baseUrl.replace(/\/$/, '')}/cv?wallet=${id}`, result: presentResult(result) };
}

/** `vp_token` per OpenID4VP 1.0 with DCQL: a JSON object, query id → array of presentations (JWT strings or JSON objects). */
export function parseVpToken(text: string): (string | Record<string, unknown>)[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('wallet:invalid_presentation', '`vp_token` is not JSON: with a DCQL query it is an object keyed by credential query id.', {
      reason: 'malformed',
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new AppError('wallet:invalid_presentation', '`vp_token` must be an object keyed by credential query id (openbadge_ldp, openbadge_jwt).', {
      reason: 'malformed',
    });
  const known = new Set(['openbadge_ldp', 'openbadge_jwt']);
  const presentations: (string | Record<string, unknown>)[] = [];
  for (const [queryId, entries] of Object.entries(value)) {
    if (!known.has(queryId))
      throw new AppError('wallet:invalid_presentation', `\`vp_token\` answers "${queryId}", which this request did not ask for.`, { reason: 'unknown_query' });
    for (const entry of Array.isArray(entries) ? entries : [entries]) {
      if (queryId === 'openbadge_jwt' && typeof entry === 'string') presentations.push(entry);
      else if (queryId === 'openbadge_ldp' && entry && typeof entry === 'object' && !Array.isArray(entry)) presentations.push(entry as Record<string, unknown>);
      else
        throw new AppError(
          'wallet:invalid_presentation',
          `An "${queryId}" presentation must be ${queryId === 'openbadge_jwt' ? 'a VP-JWT string' : 'a JSON-LD presentation object'}.`,
          { reason: 'malformed' },
        );
    }
  }
  if (presentations.length === 0) throw new AppError('wallet:invalid_presentation', '`vp_token` holds no presentation.', { reason: 'empty' });
  return presentations;
}
