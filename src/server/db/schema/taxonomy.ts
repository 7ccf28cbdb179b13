import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './users';

/** A skills framework: ESCO, or a custom one added by an employer or admin. */
export const frameworks = pgTable('taxonomy_frameworks', {
  /** Short id used in concept keys of non-ESCO frameworks, e.g. `sfia` → `sfia:PROG`. */
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  version: text('version'),
  ownerOrgId: uuid('owner_org_id').references(() => organisations.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const conceptType = pgEnum('concept_type', ['skill', 'knowledge', 'group', 'occupation']);

/**
 * One concept, identified by `key`: the ESCO URI for ESCO (`http://data.europa.eu/esco/skill/<uuid>`),
 * `<framework>:<code>` for every other framework. This key is what badges and jobs are indexed with.
 */
export const concepts = pgTable(
  'concepts',
  {
    key: text('key').primaryKey(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    /** The framework's own code: the UUID part for ESCO skills, the code for other frameworks. */
    code: text('code').notNull(),
    /** Short notation of groups, e.g. ESCO `S5`, `S5.1`, `0613`. */
    notation: text('notation'),
    uri: text('uri'),
    /** Null while only the hierarchy is known (ESCO extract without labels); a badge's targetName may fill it. */
    label: text('label'),
    altLabels: text('alt_labels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description'),
    type: conceptType('type').notNull(),
    /** ESCO collections (digital, transversal, language, green, digcomp) as tags. */
    collections: text('collections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** One chain of ancestor keys from the nearest broader concept up to a top concept, for display. */
    pathKeys: text('path_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Lower-cased label, alt labels, notation and code: what autocomplete matches. */
    searchText: text('search_text').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('concepts_framework_code_key').on(t.frameworkId, t.code), index('concepts_notation_idx').on(t.notation)],
);

/** Direct broader links (a concept may have several). */
export const conceptEdges = pgTable(
  'concept_edges',
  {
    conceptKey: text('concept_key')
      .notNull()
      .references(() => concepts.key, { onDelete: 'cascade' }),
    broaderKey: text('broader_key')
      .notNull()
      .references(() => concepts.key, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.conceptKey, t.broaderKey] }), index('concept_edges_broader_idx').on(t.broaderKey)],
);

/** Transitive closure of the hierarchy, including each concept itself at depth 0 (shortest depth kept). */
export const conceptClosure = pgTable(
  'concept_closure',
  {
    ancestorKey: text('ancestor_key').notNull(),
    descendantKey: text('descendant_key').notNull(),
    depth: integer('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.descendantKey, t.ancestorKey] }), index('concept_closure_ancestor_idx').on(t.ancestorKey)],
);
