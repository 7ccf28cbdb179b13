import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/server/db/client';
import { conceptClosure, concepts } from '@/server/db/schema';
import { matchAlignment, normaliseEscoUri, type Alignment } from './match-alignment';

export type ConceptSummary = { key: string; frameworkId: string; label: string | null; notation: string | null; type: string };
export type ConceptWithPath = ConceptSummary & { path: ConceptSummary[] };

const summaryColumns = { key: concepts.key, frameworkId: concepts.frameworkId, label: concepts.label, notation: concepts.notation, type: concepts.type };

/** Finds a concept by key, ESCO URI in any spelling, ESCO notation (`S5`) or `<framework>:<code>`. */
export async function findConcept(db: Database | Tx, input: string): Promise<ConceptSummary | null> {
  const value = input.trim();
  if (!value) return null;
  const key = normaliseEscoUri(value) ?? value;
  const [byKey] = await db
    .select(summaryColumns)
    .from(concepts)
    .where(sql`${concepts.key} = ${key}`)
    .limit(1);
  if (byKey) return byKey;
  const [byNotation] = await db
    .select(summaryColumns)
    .from(concepts)
    .where(sql`${concepts.frameworkId} = 'esco' and upper(${concepts.notation}) = ${value.toUpperCase()}`)
    .limit(1);
  return byNotation ?? null;
}

/** The taxonomy concept an OB alignment points at, or null when the taxonomy does not know it. */
export async function resolveAlignment(db: Database | Tx, alignment: Alignment): Promise<ConceptSummary | null> {
  const target = matchAlignment(alignment);
  if (target.kind === 'esco' || target.kind === 'other') return findConcept(db, target.key);
  if (target.kind === 'esco-notation') return findConcept(db, target.notation);
  return null;
}

/** codes ∪ all their ancestors (from the closure table): what badges and job requirements are indexed with. */
export async function expandConceptCodes(db: Database | Tx, keys: string[]): Promise<string[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await db.selectDistinct({ key: conceptClosure.ancestorKey }).from(conceptClosure).where(inArray(conceptClosure.descendantKey, unique));
  return [...new Set([...unique, ...rows.map((row) => row.key)])].sort();
}

/** Adds display paths (nearest broader concept first) to concepts. */
export async function withPaths(db: Database | Tx, rows: (ConceptSummary & { pathKeys: string[] })[]): Promise<ConceptWithPath[]> {
  const pathKeys = [...new Set(rows.flatMap((row) => row.pathKeys))];
  const known = new Map<string, ConceptSummary>();
  if (pathKeys.length)
    for (const concept of await db.select(summaryColumns).from(concepts).where(inArray(concepts.key, pathKeys))) known.set(concept.key, concept);
  return rows.map(({ pathKeys: keys, ...concept }) => ({ ...concept, path: keys.map((key) => known.get(key)).filter((c): c is ConceptSummary => Boolean(c)) }));
}

/** Autocomplete: by label, alternative label, notation, code or URI; exact and prefix matches first. */
export async function searchConcepts(db: Database, query: string, limit = 10): Promise<ConceptWithPath[]> {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const exact = normaliseEscoUri(query) ?? q;
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const prefix = like.slice(1);
  const rows = await db
    .select({ ...summaryColumns, pathKeys: concepts.pathKeys })
    .from(concepts)
    .where(sql`${concepts.label} is not null and (${concepts.searchText} like ${like} or ${concepts.key} = ${exact})`)
    .orderBy(
      sql`(${concepts.key} = ${exact} or lower(coalesce(${concepts.notation}, '')) = ${q}) desc`,
      sql`(lower(${concepts.label}) = ${q}) desc`,
      sql`(lower(${concepts.label}) like ${prefix}) desc`,
      sql`(${concepts.searchText} like ${prefix} or ${concepts.searchText} like ${`% ${prefix}`}) desc`,
      sql`length(${concepts.label})`,
      concepts.label,
    )
    .limit(limit);
  return withPaths(db, rows);
}
