import 'server-only';
import type { Ob2Details } from './facts';
import { directStatusLists, type StatusLists } from './status-lists';
import { statusOutcome, type StatusOutcome } from './status-outcome';

type RevokedItem = { names: string[]; reason: string | null };

/** OB 2.0 lists revoked assertions as ids (strings) or objects with `id` and/or `uid` and a `revocationReason`. */
function readRevoked(item: unknown): RevokedItem {
  if (typeof item === 'string') return { names: [item], reason: null };
  const { id, uid, revocationReason } = (item ?? {}) as { id?: unknown; uid?: unknown; revocationReason?: unknown };
  return {
    names: [id, uid].filter((name): name is string => typeof name === 'string'),
    reason: typeof revocationReason === 'string' ? revocationReason : null,
  };
}

/** Open Badges 2.0: a hosted assertion marked `revoked`, or the issuer's `revocationList` naming a signed one. */
export async function checkOb2Revocation(ob2: Ob2Details, lists: StatusLists = directStatusLists): Promise<StatusOutcome> {
  if (ob2.revoked) return statusOutcome('failed', 'revoked', { reason: ob2.revocationReason });
  if (!ob2.revocationList) return statusOutcome('skipped', 'not_applicable');
  const url = ob2.revocationList;
  const fetched = await lists.document(url);
  if (fetched.outcome) return fetched.outcome;
  const listed = fetched.document.revokedAssertions ?? [];
  if (!Array.isArray(listed)) return statusOutcome('failed', 'bad_list', { url, problem: 'not_a_list' });
  const hit = (listed as unknown[]).map(readRevoked).find((item) => item.names.includes(ob2.assertionId));
  return hit ? statusOutcome('failed', 'revoked', { url, reason: hit.reason }) : statusOutcome('ok', 'not_on_revocation_list', { url });
}
