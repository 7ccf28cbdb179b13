import type { estypes } from '@elastic/elasticsearch';
import type { SyncState } from '@/server/cv/candidate-document';
import type { SearchHandle } from '../client';

export class BulkWriteError extends Error {
  constructor(message: string, readonly failures: string[]) {
    super(message);
    this.name = 'BulkWriteError';
  }
}

/**
 * Writes states to each target index with external versions, so an older event never overwrites
 * a newer document. A version conflict means a newer document is already there: success.
 */
export async function bulkWrite(
  search: SearchHandle,
  targets: string[],
  states: Map<string, SyncState<unknown>>,
  options: { refresh?: boolean } = {},
): Promise<void> {
  const operations: estypes.BulkRequest['operations'] = [];
  for (const index of targets) {
    for (const [id, state] of states) {
      const versioning = state.version === null ? {} : { version: state.version, version_type: 'external_gte' as const };
      if (state.kind === 'index') operations.push({ index: { _index: index, _id: id, ...versioning } }, state.doc);
      else operations.push({ delete: { _index: index, _id: id, ...versioning } });
    }
  }
  if (operations.length === 0) return;
  const response = await search.client.bulk({ operations, refresh: options.refresh ? 'wait_for' : false });
  if (!response.errors) return;
  const failures: string[] = [];
  for (const item of response.items) {
    const result = item.index ?? item.delete ?? item.create ?? item.update;
    if (!result?.error) continue;
    if (result.status === 409 || (item.delete && result.status === 404)) continue;
    failures.push(`${result._id}: ${result.error.type} ${result.error.reason ?? ''}`.trim());
  }
  if (failures.length) throw new BulkWriteError(`Elasticsearch refused ${failures.length} document(s): ${failures[0]}`, failures);
}
