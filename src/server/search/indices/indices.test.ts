import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { candidatesIndex } from './candidates';
import { jobsIndex } from './jobs';
import type { IndexDefinition } from './types';

type Mapping = { properties?: Record<string, Mapping> };

/** Every field path of a mapping (object and nested properties included), e.g. `badges.issuer_known`. */
function mappedPaths(mapping: Mapping, prefix = ''): string[] {
  return Object.entries(mapping.properties ?? {}).flatMap(([name, field]) => [`${prefix}${name}`, ...mappedPaths(field, `${prefix}${name}.`)]);
}

/** Every key path of an example document (arrays of objects looked into). */
function documentPaths(value: unknown, prefix = ''): string[] {
  const item = Array.isArray(value) ? value[0] : value;
  if (!item || typeof item !== 'object') return [];
  return Object.entries(item).flatMap(([name, child]) => [`${prefix}${name}`, ...documentPaths(child, `${prefix}${name}.`)]);
}

describe.each([candidatesIndex, jobsIndex] as IndexDefinition<unknown>[])('index $name', (index) => {
  it('has an example that its document schema accepts', () => {
    expect((index.document as z.ZodType).safeParse(index.example).success).toBe(true);
  });

  it('maps exactly the fields of its example document (no unmapped key, no mapped field left empty)', () => {
    expect(documentPaths(index.example).sort()).toEqual(mappedPaths(index.mappings as Mapping).sort());
  });
});

type Field = { type?: string; ignore_above?: number; fields?: Record<string, Field>; properties?: Record<string, Field> };

/** Every keyword field (sub-fields included) with its path. */
function keywordFields(mapping: Field, prefix = ''): [string, Field][] {
  return Object.entries({ ...(mapping.properties ?? {}), ...(mapping.fields ?? {}) }).flatMap(([name, field]) => [
    ...(field.type === 'keyword' ? [[`${prefix}${name}`, field] as [string, Field]] : []),
    ...keywordFields(field, `${prefix}${name}.`),
  ]);
}

/** Keyword fields whose values the server itself makes (uuids, enums): the only ones allowed without a bound. */
const serverMade = new Set(['cv_id', 'visibility', 'badges.badge_id', 'badges.state', 'job_id', 'org_id', 'workplace', 'salary_period']);

describe.each([candidatesIndex, jobsIndex] as IndexDefinition<unknown>[])('index $name keyword bounds', (index) => {
  it('bounds every keyword field holding user or credential text below Lucene’s 32,766-byte term limit', () => {
    const fields = keywordFields(index.mappings as Field);
    expect(fields.length).toBeGreaterThan(3);
    for (const [path, field] of fields) {
      if (serverMade.has(path)) continue;
      expect(field.ignore_above, path).toBeGreaterThan(0);
      // Four UTF-8 bytes per character at worst.
      expect(field.ignore_above! * 4, path).toBeLessThanOrEqual(32_766);
    }
  });
});
