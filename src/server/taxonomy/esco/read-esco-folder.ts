import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@/server/errors';
import { escoCodeOf, isEscoUri } from '../concept-keys';
import { readCsv, splitList, type CsvRow } from '../read-csv';
import type { ConceptInput, TaxonomyBatch } from '../taxonomy-batch';

const COLLECTIONS: Record<string, string> = {
  'digitalSkillsCollection_en.csv': 'digital',
  'transversalSkillsCollection_en.csv': 'transversal',
  'languageSkillsCollection_en.csv': 'language',
  'greenSkillsCollection_en.csv': 'green',
  'digCompSkillsCollection_en.csv': 'digcomp',
};

function uriOf(row: CsvRow, column: string, file: string): string {
  const value = row.values[column]?.trim() ?? '';
  if (!isEscoUri(value))
    throw new AppError(
      'input:invalid',
      `${file}, line ${row.line}: "${column}" should be an ESCO URI (http://data.europa.eu/esco/…), found "${value.slice(0, 80)}".`,
      { file, line: row.line },
    );
  return value;
}

function typeOf(conceptType: string | undefined, skillType: string | undefined): ConceptInput['type'] {
  if (conceptType === 'SkillGroup') return 'group';
  return skillType === 'knowledge' ? 'knowledge' : 'skill';
}

/**
 * Reads an ESCO CSV folder: the shipped extract (collections, groups, hierarchy, broader relations)
 * or a full ESCO download (which adds skills_en.csv with every skill's labels).
 */
export function readEscoFolder(folder: string): TaxonomyBatch {
  if (!existsSync(folder)) throw new AppError('input:invalid', `No folder at ${folder}. Point the importer at the folder holding the ESCO CSV files.`);
  const files = new Set(readdirSync(folder));
  const relations = 'broaderRelationsSkillPillar_en.csv';
  if (!files.has(relations))
    throw new AppError(
      'input:invalid',
      `${folder} has no ${relations}: the hierarchy cannot be built without it. Download the ESCO CSV package (English) and point at its folder.`,
    );

  const concepts = new Map<string, ConceptInput>();
  const touch = (uri: string, type: ConceptInput['type']): ConceptInput => {
    let concept = concepts.get(uri);
    if (!concept) {
      concept = { key: uri, code: escoCodeOf(uri), uri, notation: null, label: null, altLabels: [], description: null, type, collections: [] };
      concepts.set(uri, concept);
    }
    return concept;
  };
  const describe = (concept: ConceptInput, values: Record<string, string>) => {
    concept.label = values.preferredLabel?.trim() || concept.label;
    const alt = [...splitList(values.altLabels), ...splitList(values.hiddenLabels)];
    if (alt.length) concept.altLabels = [...new Set([...concept.altLabels, ...alt])];
    concept.description = values.description?.trim() || values.definition?.trim() || concept.description;
  };

  const fullSkills = 'skills_en.csv';
  if (files.has(fullSkills)) {
    for (const row of readCsv(path.join(folder, fullSkills), ['conceptUri', 'preferredLabel'])) {
      const concept = touch(uriOf(row, 'conceptUri', fullSkills), typeOf(row.values.conceptType, row.values.skillType));
      describe(concept, row.values);
    }
  }
  for (const [file, collection] of Object.entries(COLLECTIONS)) {
    if (!files.has(file)) continue;
    for (const row of readCsv(path.join(folder, file), ['conceptUri', 'preferredLabel'])) {
      const concept = touch(uriOf(row, 'conceptUri', file), typeOf(row.values.conceptType, row.values.skillType));
      describe(concept, row.values);
      if (!concept.collections.includes(collection)) concept.collections.push(collection);
    }
  }
  if (files.has('skillGroups_en.csv')) {
    for (const row of readCsv(path.join(folder, 'skillGroups_en.csv'), ['conceptUri', 'preferredLabel', 'code'])) {
      const concept = touch(uriOf(row, 'conceptUri', 'skillGroups_en.csv'), 'group');
      concept.type = 'group';
      describe(concept, row.values);
      concept.notation = row.values.code?.trim() || concept.notation;
    }
  }
  if (files.has('skillsHierarchy_en.csv')) {
    for (const row of readCsv(path.join(folder, 'skillsHierarchy_en.csv'), ['Level 0 URI', 'Level 0 preferred term', 'Level 0 code'], {
      allowShortRows: true,
    })) {
      for (const level of [0, 1, 2, 3]) {
        const uri = row.values[`Level ${level} URI`]?.trim();
        if (!uri) continue;
        const concept = touch(uriOf(row, `Level ${level} URI`, 'skillsHierarchy_en.csv'), 'group');
        concept.type = 'group';
        concept.label ??= row.values[`Level ${level} preferred term`]?.trim() || null;
        concept.notation ??= row.values[`Level ${level} code`]?.trim() || null;
      }
    }
  }
  const edges: TaxonomyBatch['edges'] = [];
  for (const row of readCsv(path.join(folder, relations), ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'])) {
    const narrower = touch(uriOf(row, 'conceptUri', relations), typeOf(row.values.conceptType, undefined));
    const broader = touch(uriOf(row, 'broaderUri', relations), typeOf(row.values.broaderType, undefined));
    if (narrower.key !== broader.key) edges.push({ conceptKey: narrower.key, broaderKey: broader.key });
  }
  return { framework: { id: 'esco', name: 'ESCO', version: '1.2.0' }, concepts: [...concepts.values()], edges };
}
