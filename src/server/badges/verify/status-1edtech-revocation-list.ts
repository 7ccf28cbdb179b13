import 'server-only';
import type { StatusEntry } from './facts';
import { directStatusLists, type StatusLists } from './status-lists';
import { statusOutcome, type StatusOutcome } from './status-outcome';

/**
 * A `1EdTechRevocationList` entry (Open Badges 3.0 / CLR 2.0): the entry's id is the URL of a list of revoked
 * credentials. "If the credential's id is in the list of revokedCredentials and the value of revoked is true or
 * omitted, the issuer has revoked the credential." The list is a plain document, not a signed credential.
 */
export async function checkOneEdTechRevocationList(
  entry: StatusEntry,
  credentialId: string | null,
  lists: StatusLists = directStatusLists,
): Promise<StatusOutcome> {
  if (!entry.listUrl) return statusOutcome('failed', 'malformed_entry', { field: 'id', problem: 'missing' });
  const url = entry.listUrl;
  // Without its own id a credential cannot be named in the list: its status cannot be known.
  if (!credentialId) return statusOutcome('warning', 'no_credential_id', { url });
  const fetched = await lists.document(url);
  if (fetched.outcome) {
    // Open Badges 3.0 verification: "If the request is unsuccessful, report a warning, not an error."
    // A passing network problem stays `skipped` (checked again later), which is stricter than a warning.
    if (fetched.outcome.code === 'list_unavailable') return statusOutcome('warning', 'revocation_list_unavailable', fetched.outcome.params);
    return fetched.outcome;
  }
  const listed = fetched.document.revokedCredentials ?? [];
  if (!Array.isArray(listed)) return statusOutcome('failed', 'bad_list', { url, problem: 'not_a_list' });
  for (const item of listed as unknown[]) {
    const { id, revoked, revocationReason } = (item ?? {}) as { id?: unknown; revoked?: unknown; revocationReason?: unknown };
    if (id !== credentialId || revoked === false) continue;
    return statusOutcome('failed', 'revoked', { url, reason: typeof revocationReason === 'string' ? revocationReason : null });
  }
  return statusOutcome('ok', 'not_on_revocation_list', { url });
}
