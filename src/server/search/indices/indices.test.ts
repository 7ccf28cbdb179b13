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
