import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/server/db/client';
import { concepts, frameworks } from '@/server/db/schema';
import { resolveAlignment } from '@/server/taxonomy/concepts';
import { ESCO_FRAMEWORK, escoCodeOf } from '@/server/taxonomy/concept-keys';
import { matchAlignment, type Alignment } from '@/server/taxonomy/match-alignment';
import { searchTextOf } from '@/server/taxonomy/taxonomy-batch';

export type LinkedAlignment = Alignment & { conceptKey: string | null; recognised: boolean };

/**
 * Maps a badge's alignments to taxonomy concepts. A known concept is linked (and gets the alignment's
 * name as label if it had none); an unknown framework becomes its own concept, still searchable,
 * marked unrecognised.
 */
export async function linkAlignments(tx: Tx, alignments: Alignment[]): Promise<LinkedAlignment[]> {
  const linked: LinkedAlignment[] = [];
  for (const alignment of alignments.slice(0, 50)) {
    const name = alignment.targetName?.trim() || null;
    const known = await resolveAlignment(tx, alignment);
    if (known) {
      if (!known.label && name) {
        await tx
          .update(concepts)
          .set({ label: name, searchText: sql`${name.toLowerCase()} || ' | ' || ${concepts.searchText}` })
          .where(sql`${concepts.key} = ${known.key} and ${concepts.label} is null`);
      }
      // Frameworks made up from badge alignments have no version; imported ones (ESCO, custom CSVs) do.
      const [framework] = await tx
        .select({ version: frameworks.version })
        .from(frameworks)
        .where(sql`${frameworks.id} = ${known.frameworkId}`);
      linked.push({ ...pick(alignment), conceptKey: known.key, recognised: Boolean(framework?.version) });
      continue;
    }
    const target = matchAlignment(alignment);
    if (target.kind === 'none' || target.kind === 'esco-notation') {
      linked.push({ ...pick(alignment), conceptKey: null, recognised: false });
      continue;
    }
    const isEsco = target.kind === 'esco';
    const frameworkId = isEsco ? ESCO_FRAMEWORK : target.frameworkId;
    const code = isEsco ? escoCodeOf(target.key) : target.code;
    await tx
      .insert(frameworks)
      .values({ id: frameworkId, name: alignment.targetFramework?.trim() || frameworkId })
      .onConflictDoNothing();
    await tx
      .insert(concepts)
      .values({
        key: target.key,
        frameworkId,
        code,
        uri: isEsco ? target.key : (alignment.targetUrl ?? null),
        label: name,
        type: 'skill',
        searchText: searchTextOf({ label: name, altLabels: [], notation: null, code }),
      })
      .onConflictDoNothing();
    await tx.execute(sql`insert into concept_closure (ancestor_key, descendant_key, depth) values (${target.key}, ${target.key}, 0) on conflict do nothing`);
    linked.push({ ...pick(alignment), conceptKey: target.key, recognised: isEsco });
  }
  return linked;
}

function pick(alignment: Alignment): Alignment {
  const { targetName, targetUrl, targetCode, targetFramework } = alignment;
  return { targetName, targetUrl, targetCode, targetFramework };
}
