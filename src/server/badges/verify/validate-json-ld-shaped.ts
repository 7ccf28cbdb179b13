import 'server-only';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaViolations, type SchemaViolation } from './schema-violations';

export type ShapedValidation = {
  /** Genuine violations, with paths into the credential as given. Empty when it passes (perhaps once normalised). */
  violations: SchemaViolation[];
  /** Where a single value stood for a list the schema wants: JSON-LD reads both the same, plain JSON does not. */
  singleValues: string[];
  /** Where a one-element list stood for the single value the schema wants (e.g. `credentialStatus: [ … ]`). */
  oneElementLists: string[];
};

type Edit = { path: string; kind: 'wrap' | 'unwrap' };

const decode = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const segments = (pointer: string) => (pointer ? pointer.slice(1).split('/').map(decode) : []);

function parentAndKey(root: unknown, pointer: string): { parent: Record<string, unknown> | unknown[]; key: string } | null {
  const parts = segments(pointer);
  const key = parts.pop();
  if (key === undefined) return null;
  let node: unknown = root;
  for (const part of parts) {
    if (!node || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? { parent: node as Record<string, unknown>, key } : null;
}

/**
 * The JSON-LD shape differences among the errors: `type: array` on a single value (wrap it), or a non-array
 * `type` on a one-element list (unwrap it). Deepest first, so one edit does not move the paths of the others.
 */
function shapeEdits(errors: ErrorObject[], data: unknown): Edit[] {
  const found = new Map<string, Edit['kind']>();
  for (const error of errors) {
    if (error.keyword !== 'type') continue;
    const wanted = String((error.params as { type?: unknown }).type ?? '').split(',');
    const at = parentAndKey(data, error.instancePath);
    const value = at ? (at.parent as Record<string, unknown>)[at.key] : undefined;
    if (value === undefined || found.has(error.instancePath)) continue;
    if (wanted.includes('array') && !Array.isArray(value)) found.set(error.instancePath, 'wrap');
    else if (!wanted.includes('array') && Array.isArray(value) && value.length === 1) found.set(error.instancePath, 'unwrap');
  }
  return [...found].map(([path, kind]) => ({ path, kind })).sort((a, b) => segments(b.path).length - segments(a.path).length);
}

/** A path in the normalised copy → the same place in the credential as given: the edits undone, last first. */
function originalPath(path: string, edits: Edit[]): string {
  let result = path;
  for (const { path: at, kind } of [...edits].reverse()) {
    if (kind === 'wrap' && (result === `${at}/0` || result.startsWith(`${at}/0/`))) result = at + result.slice(at.length + 2);
    else if (kind === 'unwrap' && (result === at || result.startsWith(`${at}/`))) result = `${at}/0${result.slice(at.length)}`;
  }
  return result;
}

/**
 * Validates like the 1EdTech validator: where JSON-LD treats one value and a one-element list alike (`proof`,
 * `type`, `credentialSubject.identifier`, `credentialStatus`, …) and the credential uses the other form than the
 * schema, a copy is normalised to the schema's form and validated again, until nothing more is to change.
 * What still fails is genuine.
 */
export function validateJsonLdShaped(validate: ValidateFunction, credential: unknown): ShapedValidation {
  if (validate(credential)) return { violations: [], singleValues: [], oneElementLists: [] };
  const copy: unknown = structuredClone(credential);
  const edits: Edit[] = [];
  let errors = validate.errors ?? [];
  // Each pass can reveal differences inside a value just changed (an endorsement's own `proof`); a few passes suffice.
  for (let pass = 0; pass < 8; pass++) {
    const found = shapeEdits(errors, copy);
    if (found.length === 0) break;
    for (const edit of found) {
      const at = parentAndKey(copy, edit.path)!;
      const parent = at.parent as Record<string, unknown>;
      parent[at.key] = edit.kind === 'wrap' ? [parent[at.key]] : (parent[at.key] as unknown[])[0];
      edits.push(edit);
    }
    if (validate(copy)) {
      errors = [];
      break;
    }
    errors = validate.errors ?? [];
  }
  const placeOf = (index: number) => originalPath(edits[index]!.path, edits.slice(0, index));
  const unique = (kind: Edit['kind']) => [...new Set(edits.flatMap((edit, index) => (edit.kind === kind ? [placeOf(index)] : [])))];
  const violations = schemaViolations(errors).map((violation) => ({ ...violation, path: originalPath(violation.path, edits) }));
  return { violations, singleValues: unique('wrap'), oneElementLists: unique('unwrap') };
}
