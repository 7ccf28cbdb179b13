import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import type { z } from 'zod';

/** One search index: bump `version` whenever `mappings` or `settings` change; `npm run reindex` applies it. */
export type IndexDefinition<Doc> = {
  /** Alias name without the deployment prefix, e.g. `candidates`. */
  name: string;
  version: number;
  settings: estypes.IndicesIndexSettings;
  mappings: estypes.MappingTypeMapping;
  document: z.ZodType<Doc>;
  example: Doc;
};
