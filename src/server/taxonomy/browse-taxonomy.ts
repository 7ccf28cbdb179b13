import 'server-only';
import type { estypes } from '@elastic/elasticsearch';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { conceptEdges, concepts, frameworks } from '@/server/db/schema';
import { isConnectionError, type SearchHandle } from '@/server/search/client';
import { aliasFor } from '@/server/search/indices/registry';
import { badgeConditions } from '@/server/search/queries/candidate-clauses';
import { withPaths, type ConceptSummary } from './concepts';

/** ESCO's skills pillar starts from these four groups, shown in this order. */
export const TOP_NOTATIONS = ['S', 'K', 'T', 'L'] as const;

/** One row of the browsable hierarchy. `childCount` counts only the children the tree would show. */
export type BrowseConcept = {
  key: string;
  label: string | null;
  notation: string | null;
  type: (typeof concepts.$inferSelect)['type'];
  childCount: number;
  /** The broader concept its display path goes through; a link from another parent says which way it came. */
  primaryBroaderKey: string | null;
};

export type ConceptCounts = Map<string, { verifiedCandidates: number; openRoles: number }>;

export type ConceptDetails = Omit<ConceptSummary, 'type'> & {
  type: BrowseConcept['type'];
  description: string | null;
  altLabels: string[];
  frameworkName: string;
  frameworkVersion: string | null;
  /** Nearest broader concept first, up to a top concept. */
  path: ConceptSummary[];
  /** Every direct broader concept: ESCO is a graph, not a tree. */
  broader: BrowseConcept[];
  children: BrowseConcept[];
};

const notationCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const labelCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Natural order of notations: S2 before S10, S5.2 before S5.10, 0612 before 0613. */
export function compareNotations(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = notationCollator.compare(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** Groups with a notation first (natural order), then concepts by label, then those whose label is not shipped. */
export function sortBrowseConcepts<T extends Pick<BrowseConcept, 'key' | 'label' | 'notation'>>(rows: T[]): T[] {
  const rank = (row: T) => (row.notation ? 0 : row.label ? 1 : 2);
  return [...rows].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.notation && b.notation) return compareNotations(a.notation, b.notation);
    if (a.label && b.label) return labelCollator.compare(a.label, b.label) || a.key.localeCompare(b.key);
    return a.key.localeCompare(b.key);
  });
}

/** Children worth showing: labelled ones, and unlabelled ones that lead somewhere (their label is missing from the shipped extract). */
function visibleChildCount(parentKey: SQL | string): SQL<number> {
  return sql<number>`(select count(*)::int from ${conceptEdges} e2 join ${concepts} c2 on c2.key = e2.concept_key
    where e2.broader_key = ${parentKey} and (c2.label is not null or exists (select 1 from ${conceptEdges} e3 where e3.broader_key = c2.key)))`;
}

const browseColumns = {
  key: concepts.key,
  label: concepts.label,
  notation: concepts.notation,
  type: concepts.type,
  childCount: visibleChildCount(sql`${concepts.key}`),
  primaryBroaderKey: sql<string | null>`${concepts.pathKeys}[1]`,
};

/** The narrower concepts of `key` (or ESCO's four top groups for null), in browsing order. */
export async function childrenOf(db: Database, key: string | null): Promise<BrowseConcept[]> {
  if (key === null) {
    const rows = await db
      .select(browseColumns)
      .from(concepts)
      .where(and(eq(concepts.frameworkId, 'esco'), inArray(concepts.notation, [...TOP_NOTATIONS]), sql`cardinality(${concepts.pathKeys}) = 0`));
    return TOP_NOTATIONS.map((notation) => rows.find((row) => row.notation === notation)).filter((row): row is BrowseConcept => Boolean(row));
  }
  const rows = await db
    .select(browseColumns)
    .from(conceptEdges)
    .innerJoin(concepts, eq(concepts.key, conceptEdges.conceptKey))
    .where(eq(conceptEdges.broaderKey, key));
  return sortBrowseConcepts(rows.filter((row) => row.label !== null || row.childCount > 0));
}

/**
 * Pure: the two aggregation-only requests behind the counts. Candidates are counted once per concept however
 * many of their badges match (reverse_nested back to the CV); only verified, unexpired badges on discoverable
 * CVs count. Server-core aggregations only, so it runs on the minimal Elasticsearch distribution.
 */
export function conceptCountsQuery(keys: string[], now: string): { candidates: estypes.SearchRequest; jobs: estypes.SearchRequest } {
  const size = Math.max(keys.length, 1);
  return {
    candidates: {
      size: 0,
      track_total_hits: false,
      query: { bool: { filter: [{ terms: { visibility: ['public', 'employers'] } }] } },
      aggs: {
        badges: {
          nested: { path: 'badges' },
          aggs: {
            current: {
              filter: { bool: { filter: badgeConditions({ verified: true, unknownIssuers: false }, now) } },
              aggs: { codes: { terms: { field: 'badges.expanded_codes', include: keys, size }, aggs: { candidates: { reverse_nested: {} } } } },
            },
          },
        },
      },
    },
    jobs: {
      size: 0,
      track_total_hits: false,
      query: {
        bool: {
          filter: [
            {
              bool: {
                should: [{ bool: { must_not: { exists: { field: 'closing_date' } } } }, { range: { closing_date: { gte: now.slice(0, 10) } } }],
                minimum_should_match: 1,
              },
            },
          ],
        },
      },
      aggs: { codes: { terms: { field: 'skill_codes', include: keys, size } } },
    },
  };
}

type Bucket = { key: string; doc_count: number; candidates?: { doc_count: number } };

function bucketsOf(aggregation: unknown): Bucket[] {
  return (aggregation as { buckets?: Bucket[] } | undefined)?.buckets ?? [];
}

/**
 * Verified candidates and open roles per concept key, in two requests whatever the number of keys.
 * An empty map means the counts are unavailable (Elasticsearch not answering); the page says so.
 */
export async function conceptCounts(search: SearchHandle, keys: string[], now = new Date()): Promise<ConceptCounts> {
  const unique = [...new Set(keys)];
  const counts: ConceptCounts = new Map();
  if (unique.length === 0) return counts;
  const body = conceptCountsQuery(unique, now.toISOString());
  try {
    const [candidates, jobs] = await Promise.all([
      search.client.search({ index: aliasFor(search.prefix, 'candidates'), ...body.candidates }),
      search.client.search({ index: aliasFor(search.prefix, 'jobs'), ...body.jobs }),
    ]);
    for (const key of unique) counts.set(key, { verifiedCandidates: 0, openRoles: 0 });
    const nested = candidates.aggregations?.badges as { current?: { codes?: unknown } } | undefined;
    for (const bucket of bucketsOf(nested?.current?.codes)) counts.get(bucket.key)!.verifiedCandidates = bucket.candidates?.doc_count ?? 0;
    for (const bucket of bucketsOf(jobs.aggregations?.codes)) counts.get(bucket.key)!.openRoles = bucket.doc_count;
    return counts;
  } catch (error) {
    // Counts decorate the browse page; a missing index or an outage must not take the hierarchy down with it.
    if (!isConnectionError(error)) console.error('[skills] concept counts failed', error);
    return new Map();
  }
}

/**
 * A concept with everything its page shows. `via` (a broader concept the visitor came through) picks which
 * path to the top is shown when there are several; otherwise the stored display path is used.
 */
export async function conceptPage(db: Database, key: string, via?: string): Promise<ConceptDetails | null> {
  const [row] = await db
    .select({
      key: concepts.key,
      frameworkId: concepts.frameworkId,
      label: concepts.label,
      notation: concepts.notation,
      type: concepts.type,
      description: concepts.description,
      altLabels: concepts.altLabels,
      pathKeys: concepts.pathKeys,
      frameworkName: frameworks.name,
      frameworkVersion: frameworks.version,
    })
    .from(concepts)
    .innerJoin(frameworks, eq(frameworks.id, concepts.frameworkId))
    .where(eq(concepts.key, key))
    .limit(1);
  if (!row) return null;

  const [broader, children] = await Promise.all([
    db
      .select(browseColumns)
      .from(conceptEdges)
      .innerJoin(concepts, eq(concepts.key, conceptEdges.broaderKey))
      .where(eq(conceptEdges.conceptKey, key))
      .then(sortBrowseConcepts),
    childrenOf(db, key),
  ]);

  const { pathKeys, ...concept } = row;
  const chosen = via && via !== pathKeys[0] && broader.some((b) => b.key === via) ? via : null;
  let path: ConceptSummary[];
  if (chosen) {
    const [viaRow] = await db
      .select({
        key: concepts.key,
        frameworkId: concepts.frameworkId,
        label: concepts.label,
        notation: concepts.notation,
        type: concepts.type,
        pathKeys: concepts.pathKeys,
      })
      .from(concepts)
      .where(eq(concepts.key, chosen))
      .limit(1);
    const [withPath] = await withPaths(db, [viaRow!]);
    const { path: viaPath, ...viaSummary } = withPath!;
    path = [viaSummary, ...viaPath];
  } else {
    const [withPath] = await withPaths(db, [{ ...concept, pathKeys }]);
    path = withPath!.path;
  }
  return { ...concept, path, broader, children };
}
