import 'server-only';
import { Client } from '@elastic/elasticsearch';

export type SearchConfig = { url: string; apiKey?: string; indexPrefix: string };

export type SearchHandle = { client: Client; prefix: string };

export function createSearchClient(config: SearchConfig, options: { requestTimeout?: number } = {}): SearchHandle {
  const client = new Client({
    node: config.url,
    auth: config.apiKey ? { apiKey: config.apiKey } : undefined,
    requestTimeout: options.requestTimeout ?? 10_000,
    maxRetries: 1,
  });
  return { client, prefix: config.indexPrefix };
}

const globalForSearch = globalThis as unknown as { badgeboardSearch?: SearchHandle };

/** The app's shared Elasticsearch client (one per process). */
export async function getSearch(): Promise<SearchHandle> {
  if (!globalForSearch.badgeboardSearch) {
    const { env } = await import('../env');
    const e = env();
    globalForSearch.badgeboardSearch = createSearchClient({
      url: e.ELASTICSEARCH_URL,
      apiKey: e.ELASTICSEARCH_API_KEY,
      indexPrefix: e.ELASTICSEARCH_INDEX_PREFIX,
    });
  }
  return globalForSearch.badgeboardSearch;
}

/** True when the error means Elasticsearch could not be reached (as opposed to a bad request). */
export function isConnectionError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ConnectionError' || name === 'TimeoutError' || name === 'NoLivingConnectionsError';
}
