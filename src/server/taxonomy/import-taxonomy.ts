import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { conceptEdges, concepts, frameworks } from '@/server/db/schema';
import { primaryPaths, searchTextOf, type TaxonomyBatch } from './taxonomy-batch';

export type ImportSummary = { framework: string; concepts: number; labelled: number; edges: number; closureRows: number; seconds: number };
type Progress = (phase: string, done: number, total: number) => void;

const CHUNK = 1000;

/** Rebuilds the whole closure table from the edges (a few seconds for ESCO's ~21k links). */
export async function rebuildClosure(tx: Database | Tx): Promise<number> {
  await tx.execute(sql`delete from concept_closure`);
  await tx.execute(sql`
    insert into concept_closure (ancestor_key, descendant_key, depth)
    with recursive up(descendant, ancestor, depth) as (
      select key, key, 0 from concepts
      union
      select up.descendant, e.broader_key, up.depth + 1
      from up join concept_edges e on e.concept_key = up.ancestor
      where up.depth < 32
    )
    select ancestor, descendant, min(depth) from up group by ancestor, descendant`);
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(sql`concept_closure`);
  return Number(row?.n ?? 0);
}

/**
 * Imports a framework in one transaction (idempotent: upserts concepts, replaces the framework's links,
 * rebuilds the closure). A label already known is kept when the file has none.
 */
export async function importTaxonomy(db: Database, batch: TaxonomyBatch, onProgress?: Progress): Promise<ImportSummary> {
  const started = performance.now();
  const notations = new Map(batch.concepts.map((concept) => [concept.key, concept.notation]));
  const paths = primaryPaths(
    batch.concepts.map((concept) => concept.key),
    batch.edges,
    notations,
  );
  return db.transaction(async (tx) => {
    const { id, name, version, ownerOrgId } = batch.framework;
    await tx
      .insert(frameworks)
      .values({ id, name, version, ownerOrgId: ownerOrgId ?? null })
      .onConflictDoUpdate({ target: frameworks.id, set: { name, version, updatedAt: sql`now()` } });

    for (let i = 0; i < batch.concepts.length; i += CHUNK) {
      const rows = batch.concepts.slice(i, i + CHUNK).map((concept) => ({
        ...concept,
        frameworkId: id,
        pathKeys: paths.get(concept.key) ?? [],
        searchText: searchTextOf(concept),
      }));
      await tx
        .insert(concepts)
        .values(rows)
        .onConflictDoUpdate({
          target: concepts.key,
          set: {
            label: sql`coalesce(excluded.label, ${concepts.label})`,
            altLabels: sql`excluded.alt_labels`,
            description: sql`coalesce(excluded.description, ${concepts.description})`,
            notation: sql`coalesce(excluded.notation, ${concepts.notation})`,
            type: sql`excluded.type`,
            collections: sql`excluded.collections`,
            pathKeys: sql`excluded.path_keys`,
            searchText: sql`case when excluded.label is null and ${concepts.label} is not null then ${concepts.searchText} else excluded.search_text end`,
            updatedAt: sql`now()`,
          },
        });
      onProgress?.('concepts', Math.min(i + CHUNK, batch.concepts.length), batch.concepts.length);
    }

    const keys = batch.concepts.map((concept) => concept.key);
    for (let i = 0; i < keys.length; i += CHUNK * 10) {
      await tx.delete(conceptEdges).where(inArray(conceptEdges.conceptKey, keys.slice(i, i + CHUNK * 10)));
    }
    for (let i = 0; i < batch.edges.length; i += CHUNK * 5) {
      await tx
        .insert(conceptEdges)
        .values(batch.edges.slice(i, i + CHUNK * 5))
        .onConflictDoNothing();
      onProgress?.('links', Math.min(i + CHUNK * 5, batch.edges.length), batch.edges.length);
    }
    onProgress?.('closure', 0, 1);
    const closureRows = await rebuildClosure(tx);
    onProgress?.('closure', 1, 1);
    return {
      framework: id,
      concepts: batch.concepts.length,
      labelled: batch.concepts.filter((concept) => concept.label).length,
      edges: batch.edges.length,
      closureRows,
      seconds: (performance.now() - started) / 1000,
    };
  });
}
