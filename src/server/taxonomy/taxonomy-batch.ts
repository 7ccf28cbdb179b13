import 'server-only';

/** A whole framework's concepts and broader links, as read from files, ready to import. */
export type ConceptInput = {
  key: string;
  code: string;
  uri: string | null;
  notation: string | null;
  label: string | null;
  altLabels: string[];
  description: string | null;
  type: 'skill' | 'knowledge' | 'group' | 'occupation';
  collections: string[];
};

export type TaxonomyBatch = {
  framework: { id: string; name: string; version: string | null; ownerOrgId?: string | null };
  concepts: ConceptInput[];
  edges: { conceptKey: string; broaderKey: string }[];
};

/** Lower-cased text autocomplete matches: label, alternative labels, notation and code. */
export function searchTextOf(concept: Pick<ConceptInput, 'label' | 'altLabels' | 'notation' | 'code'>): string {
  return [concept.label, ...concept.altLabels, concept.notation, concept.code].filter(Boolean).join(' | ').toLowerCase();
}

/**
 * One display path per concept: its best way up to a top concept (a concept can have several broader
 * ones). Routes to the skills pillar (S, T, L) beat the education-field knowledge branch (K); then the
 * shorter route wins; ties go to groups with a notation, then by key.
 */
export function primaryPaths(keys: string[], edges: TaxonomyBatch['edges'], notations: Map<string, string | null>): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const { conceptKey, broaderKey } of edges) {
    const list = parents.get(conceptKey);
    if (list) list.push(broaderKey);
    else parents.set(conceptKey, [broaderKey]);
  }
  const viaKnowledge = (path: string[]) => (path.length > 0 && notations.get(path[path.length - 1]!) === 'K' ? 1 : 0);
  const better = (a: string[], b: string[]): boolean => {
    if (viaKnowledge(a) !== viaKnowledge(b)) return viaKnowledge(a) < viaKnowledge(b);
    if (a.length !== b.length) return a.length < b.length;
    const noteA = Boolean(notations.get(a[0]!));
    const noteB = Boolean(notations.get(b[0]!));
    if (noteA !== noteB) return noteA;
    return a[0]! < b[0]!;
  };
  const paths = new Map<string, string[]>();
  const visiting = new Set<string>();
  const pathOf = (key: string): string[] => {
    const known = paths.get(key);
    if (known) return known;
    if (visiting.has(key)) return []; // a cycle in the data: stop here rather than loop
    visiting.add(key);
    let best: string[] | null = null;
    for (const parent of parents.get(key) ?? []) {
      let candidate = [parent, ...pathOf(parent)];
      if (candidate.includes(key)) candidate = candidate.slice(0, candidate.indexOf(key));
      if (!best || better(candidate, best)) best = candidate;
    }
    visiting.delete(key);
    const result = best ?? [];
    paths.set(key, result);
    return result;
  };
  for (const key of keys) pathOf(key);
  return paths;
}
