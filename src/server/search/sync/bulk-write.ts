import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import type { SyncState } from '@/server/cv/candidate-document';
import type { SearchHandle } from '../client';

export class BulkWriteError extends Error {
  constructor(
    message: string,
    readonly failures: string[],
  ) {
    super(message);
    this.name = 'BulkWriteError';
  }
}

/**
 * What Elasticsearch said about one entity (over every target index):
 * - `written`: acknowledged, or a newer document already there (409), or a delete of nothing (404);
 * - `rejected`: the document itself was refused (mapping, immense term, …): trying again unchanged will not help;
 * - `retry`: the cluster could not take it now (429, 5xx): not the document's fault.
 */
export type ItemOutcome = { kind: 'written' } | { kind: 'rejected' | 'retry'; error: string };

/** Elasticsearch's refusal, as stored and shown to admins: type and reason, and its cause, each bounded (a reason quotes the value). */
function describe(error: estypes.ErrorCause): string {
  const part = (cause: estypes.ErrorCause) => `${cause.type}: ${(cause.reason ?? '').slice(0, 400)}`;
  return (error.caused_by ? `${part(error)} (caused by ${part(error.caused_by)})` : part(error)).slice(0, 1000);
}

/**
 * Writes states to each target index with external versions, so an older event never overwrites
 * a newer document, and reports each entity's outcome on its own: one refused document never decides
 * the fate of the others. Throws only when the request as a whole failed (Elasticsearch unreachable, …).
 */
export async function bulkWriteEach(
  search: SearchHandle,
  targets: string[],
  states: Map<string, SyncState<unknown>>,
  options: { refresh?: boolean } = {},
): Promise<Map<string, ItemOutcome>> {
  const outcomes = new Map<string, ItemOutcome>([...states.keys()].map((id) => [id, { kind: 'written' }]));
  const operations: estypes.BulkRequest['operations'] = [];
  for (const index of targets) {
    for (const [id, state] of states) {
      const versioning = state.version === null ? {} : { version: state.version, version_type: 'external_gte' as const };
      if (state.kind === 'index') operations.push({ index: { _index: index, _id: id, ...versioning } }, state.doc);
      else operations.push({ delete: { _index: index, _id: id, ...versioning } });
    }
  }
  if (operations.length === 0) return outcomes;
  const response = await search.client.bulk({ operations, refresh: options.refresh ? 'wait_for' : false });
  if (!response.errors) return outcomes;
  for (const item of response.items) {
    const result = item.index ?? item.delete ?? item.create ?? item.update;
    if (!result?.error || result._id == null) continue;
    if (result.status === 409 || (item.delete && result.status === 404)) continue;
    const transient = result.status === 429 || result.status >= 500;
    const previous = outcomes.get(result._id);
    // Over several targets, a refusal outweighs a transient failure: the document is what is wrong.
    if (previous?.kind === 'rejected') continue;
    outcomes.set(result._id, { kind: transient ? 'retry' : 'rejected', error: describe(result.error) });
  }
  return outcomes;
}

/** All-or-error form for callers that cannot carry on past a refused document (the full reindex). */
export async function bulkWrite(
  search: SearchHandle,
  targets: string[],
  states: Map<string, SyncState<unknown>>,
  options: { refresh?: boolean } = {},
): Promise<void> {
  const outcomes = await bulkWriteEach(search, targets, states, options);
  const failures = [...outcomes]
    .filter(([, outcome]) => outcome.kind !== 'written')
    .map(([id, outcome]) => `${id}: ${'error' in outcome ? outcome.error : ''}`);
  if (failures.length) throw new BulkWriteError(`Elasticsearch refused ${failures.length} document(s): ${failures[0]}`, failures);
}
