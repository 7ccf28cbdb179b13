import 'server-only';
import { AppError } from '@/server/errors';
import { customKey } from './concept-keys';
import { frameworkIdOf, normaliseEscoUri } from './match-alignment';
import { readCsv, splitList } from './read-csv';
import type { ConceptInput, TaxonomyBatch } from './taxonomy-batch';

/**
 * A custom framework from a CSV with columns `code,label` and optional `parent`, `description`,
 * `alt_labels`, `type`. A parent is another code in the file, or an ESCO URI (to hang custom skills under ESCO groups).
 */
export function readCustomFramework(file: string, framework: { name: string; version?: string | null; ownerOrgId?: string | null }): TaxonomyBatch {
  const id = frameworkIdOf(framework.name);
  if (id === 'esco') throw new AppError('input:invalid', 'Use the ESCO importer for ESCO files; choose another name for a custom framework.');
  const rows = readCsv(file, ['code', 'label']);
  const concepts: ConceptInput[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const code = values.code?.trim();
    const label = values.label?.trim();
    if (!code) throw new AppError('input:invalid', `line ${line}: the code is empty. Every row needs a code and a label.`, { line });
    if (!label) throw new AppError('input:invalid', `line ${line}: "${code}" has no label.`, { line });
    if (seen.has(code)) throw new AppError('input:invalid', `line ${line}: the code "${code}" already appears on line ${seen.get(code)}.`, { line });
    seen.set(code, line);
    const type = values.type?.trim() || 'skill';
    if (!['skill', 'knowledge', 'group'].includes(type))
      throw new AppError('input:invalid', `line ${line}: type must be skill, knowledge or group, not "${type}".`, { line });
    concepts.push({
      key: customKey(id, code),
      code,
      uri: null,
      notation: null,
      label,
      altLabels: splitList(values.alt_labels),
      description: values.description?.trim() || null,
      type: type as ConceptInput['type'],
      collections: [],
    });
  }
  const edges: TaxonomyBatch['edges'] = [];
  for (const { line, values } of rows) {
    const parent = values.parent?.trim();
    if (!parent) continue;
    const esco = normaliseEscoUri(parent);
    if (!esco && !seen.has(parent))
      throw new AppError('input:invalid', `line ${line}: the parent "${parent}" is neither a code in this file nor an ESCO URI.`, { line });
    edges.push({ conceptKey: customKey(id, values.code!.trim()), broaderKey: esco ?? customKey(id, parent) });
  }
  return { framework: { id, name: framework.name, version: framework.version ?? 'custom', ownerOrgId: framework.ownerOrgId ?? null }, concepts, edges };
}
