import 'server-only';
import type { SearchHandle } from '../client';
import { aliasFor, indexDefinitions, type IndexName } from '../indices/registry';

/** Physical indices are `<alias>_v<generation>`; the alias points at exactly one of them. */
function generationOf(alias: string, index: string): number | null {
  const match = new RegExp(`^${alias}_v(\\d+)$`).exec(index);
  return match ? Number(match[1]) : null;
}

export type IndexStatus = {
  alias: string;
  index: string | null;
  mappingVersion: number | null;
  expectedVersion: number;
  documents: number | null;
};

/** All physical indices of one family (during a reindex there are two). Cached briefly. */
const familyCache = new Map<string, { at: number; indices: string[] }>();
export const FAMILY_CACHE_MS = 2_000;

export async function familyIndices(search: SearchHandle, name: IndexName): Promise<string[]> {
  const alias = aliasFor(search.prefix, name);
  const hit = familyCache.get(alias);
  if (hit && Date.now() - hit.at < FAMILY_CACHE_MS) return hit.indices;
  const response = await search.client.indices.get({ index: `${alias}_v*`, ignore_unavailable: true, allow_no_indices: true }, { meta: false });
  const indices = Object.keys(response).filter((index) => generationOf(alias, index) !== null);
  familyCache.set(alias, { at: Date.now(), indices });
  return indices;
}

export function forgetFamilyCache(): void {
  familyCache.clear();
}

export async function createGeneration(search: SearchHandle, name: IndexName): Promise<string> {
  const alias = aliasFor(search.prefix, name);
  const existing = await search.client.indices.get({ index: `${alias}_v*`, ignore_unavailable: true, allow_no_indices: true });
  const generations = Object.keys(existing).map((index) => generationOf(alias, index) ?? 0);
  const index = `${alias}_v${Math.max(0, ...generations) + 1}`;
  const definition = indexDefinitions[name];
  await search.client.indices.create({
    index,
    settings: definition.settings,
    mappings: { ...definition.mappings, _meta: { mapping_version: definition.version } },
  });
  forgetFamilyCache();
  return index;
}

async function aliasTargets(search: SearchHandle, alias: string): Promise<string[]> {
  const exists = await search.client.indices.existsAlias({ name: alias });
  if (!exists) return [];
  return Object.keys(await search.client.indices.getAlias({ name: alias }));
}

/**
 * Makes sure the alias exists and points at an index. Returns the status; a mapping version
 * older than the code's means `npm run reindex` should run (the caller decides).
 */
export async function ensureIndex(search: SearchHandle, name: IndexName): Promise<IndexStatus> {
  const alias = aliasFor(search.prefix, name);
  let [index] = await aliasTargets(search, alias);
  if (!index) {
    const created = await createGeneration(search, name);
    try {
      await search.client.indices.updateAliases({ actions: [{ add: { index: created, alias } }] });
      index = created;
    } catch (error) {
      // Another process won the race: keep its alias, drop ours.
      await search.client.indices.delete({ index: created }, { ignore: [404] });
      [index] = await aliasTargets(search, alias);
      if (!index) throw error;
    }
  }
  return indexStatus(search, name);
}

export async function indexStatus(search: SearchHandle, name: IndexName): Promise<IndexStatus> {
  const alias = aliasFor(search.prefix, name);
  const expectedVersion = indexDefinitions[name].version;
  const [index] = await aliasTargets(search, alias);
  if (!index) return { alias, index: null, mappingVersion: null, expectedVersion, documents: null };
  const mapping = await search.client.indices.getMapping({ index });
  const meta = Object.values(mapping)[0]?.mappings._meta as { mapping_version?: number } | undefined;
  const { count } = await search.client.count({ index });
  return { alias, index, mappingVersion: meta?.mapping_version ?? null, expectedVersion, documents: count };
}

/** Points the alias at `index` in one atomic step, then drops the indices it left. */
export async function swapAlias(search: SearchHandle, name: IndexName, index: string): Promise<string[]> {
  const alias = aliasFor(search.prefix, name);
  const previous = (await aliasTargets(search, alias)).filter((old) => old !== index);
  await search.client.indices.updateAliases({
    actions: [...previous.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
  });
  if (previous.length) await search.client.indices.delete({ index: previous, ignore_unavailable: true });
  forgetFamilyCache();
  return previous;
}
